import { Prisma } from "./generated/client";
import { sqlRunner, type SqlTarget } from "./lean-sql";

// The save path runs these on every keystroke-save, so they are plain SQL: Prisma 6's query
// compiler spends ~1 ms compiling each model query (no plan cache), raw SQL skips it. The SQL
// quotes Prisma's own table and column names and runs unchanged on SQLite and PostgreSQL.

export interface ParagraphRecord {
  id: number;
  documentId: number;
  position: number;
  kind: string;
  dateline: string | null;
  sourceText: string;
  targetText: string | null;
  machineText: string | null;
  status: string;
  sourceStale: boolean;
  version: number;
  createdAt: Date;
  document: { sourceLang: string; targetLang: string };
}

/** What review use cases change on a paragraph; the version always moves on by one. */
export interface ParagraphChange {
  sourceText?: string;
  targetText?: string | null;
  machineText?: string | null;
  candidateText?: null;
  status?: string;
  sourceStale?: boolean;
}

type Row = Omit<ParagraphRecord, "document"> & { sourceLang: string; targetLang: string };

export async function findParagraphRecord(db: SqlTarget, id: number): Promise<ParagraphRecord | null> {
  const rows = await sqlRunner(db).query<Row>(Prisma.sql`
    SELECT p."id", p."documentId", p."position", p."kind", p."dateline", p."sourceText", p."targetText", p."machineText",
           p."status", p."sourceStale", p."version", p."createdAt", d."sourceLang", d."targetLang"
    FROM "Paragraph" p JOIN "Document" d ON d."id" = p."documentId"
    WHERE p."id" = ${id}`);
  if (rows.length === 0) return null;
  // Both kinds of runner return Prisma's own raw-query types (numbers, booleans, Dates), so the row is used as is.
  const { sourceLang, targetLang, ...row } = rows[0];
  return { ...row, document: { sourceLang, targetLang } };
}

const COLUMNS: Record<keyof ParagraphChange, string> = {
  sourceText: `"sourceText"`,
  targetText: `"targetText"`,
  machineText: `"machineText"`,
  candidateText: `"candidateText"`,
  status: `"status"`,
  sourceStale: `"sourceStale"`,
};

/**
 * Applies a change only if the paragraph is still at `expectedVersion`. The version test is part
 * of the UPDATE itself, so two writers racing from the same version cannot both succeed.
 */
export async function updateParagraphAtVersion(db: SqlTarget, id: number, expectedVersion: number, change: ParagraphChange): Promise<boolean> {
  const sets = (Object.keys(COLUMNS) as (keyof ParagraphChange)[])
    .filter((key) => change[key] !== undefined)
    .map((key) => Prisma.sql`${Prisma.raw(COLUMNS[key])} = ${change[key]}`);
  sets.push(Prisma.sql`"version" = "version" + 1`, Prisma.sql`"updatedAt" = ${new Date()}`);
  const count = await sqlRunner(db).execute(Prisma.sql`UPDATE "Paragraph" SET ${Prisma.join(sets, ", ")} WHERE "id" = ${id} AND "version" = ${expectedVersion}`);
  return count === 1;
}
