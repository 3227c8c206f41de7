import { Prisma } from "./generated/client";
import { sqlRunner, type SqlTarget } from "./lean-sql";
import type { DbTx } from "./transaction";

export type RevisionField = "target" | "source";

export interface RevisionInput {
  paragraphId: number;
  field: RevisionField;
  text: string;
  status: string;
  origin: string;
  /** The paragraph's version once this change is applied. */
  version: number;
  /** Only for a text recorded after the fact, such as the imported original before its first correction. */
  createdAt?: Date;
}

export interface RevisionRecord extends Required<RevisionInput> {
  id: number;
}

const SELECT = { id: true, paragraphId: true, field: true, text: true, status: true, origin: true, version: true, createdAt: true } as const;

const fieldOf = (field: string): RevisionField => (field === "source" ? "source" : "target");

/** Plain SQL for the same reason as the paragraph's conditional update: it runs on every save. */
export async function appendRevision(db: SqlTarget, r: RevisionInput): Promise<void> {
  await sqlRunner(db).execute(Prisma.sql`
    INSERT INTO "Revision" ("paragraphId", "field", "text", "status", "origin", "version", "createdAt")
    VALUES (${r.paragraphId}, ${r.field}, ${r.text}, ${r.status}, ${r.origin}, ${r.version}, ${r.createdAt ?? new Date()})`);
}

export async function hasRevision(db: SqlTarget, paragraphId: number, field: RevisionField): Promise<boolean> {
  const rows = await sqlRunner(db).query(Prisma.sql`SELECT 1 FROM "Revision" WHERE "paragraphId" = ${paragraphId} AND "field" = ${field} LIMIT 1`);
  return rows.length > 0;
}

/** A paragraph's revisions, newest first. */
export async function listRevisions(db: DbTx, paragraphId: number): Promise<RevisionRecord[]> {
  const rows = await db.revision.findMany({ where: { paragraphId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: SELECT });
  return rows.map((row) => ({ ...row, field: fieldOf(row.field) }));
}

export async function findRevision(db: SqlTarget, id: number): Promise<RevisionRecord | null> {
  const [row] = await sqlRunner(db).query<Omit<RevisionRecord, "field"> & { field: string }>(Prisma.sql`
    SELECT "id", "paragraphId", "field", "text", "status", "origin", "version", "createdAt" FROM "Revision" WHERE "id" = ${id}`);
  if (!row) return null;
  return { ...row, field: fieldOf(row.field) };
}

/** Re-attaches a paragraph's history to another paragraph, so deleting the first loses none of it. */
export async function moveRevisions(db: DbTx, fromParagraphId: number, toParagraphId: number): Promise<void> {
  await db.revision.updateMany({ where: { paragraphId: fromParagraphId }, data: { paragraphId: toParagraphId } });
}

// Prisma refuses more bound parameters than SQLite's historical limit of 999.
const ID_CHUNK = 500;

/** How many revisions each of the given paragraphs has (absent ids have none). */
export async function countRevisions(db: DbTx, paragraphIds: readonly number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (let i = 0; i < paragraphIds.length; i += ID_CHUNK) {
    const where = { paragraphId: { in: paragraphIds.slice(i, i + ID_CHUNK) } };
    for (const row of await db.revision.groupBy({ by: ["paragraphId"], where, _count: { _all: true } })) counts.set(row.paragraphId, row._count._all);
  }
  return counts;
}
