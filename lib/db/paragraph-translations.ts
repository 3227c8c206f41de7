import type { Db } from "./client";
import { Prisma } from "./generated/client";

/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What a translation run needs to know about a document. */
export interface TranslationSource {
  documentId: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  paragraphs: SourceParagraph[];
}

export interface SourceParagraph {
  id: number;
  position: number;
  kind: string;
  sourceText: string;
  status: string;
  version: number;
}

export async function loadTranslationSource(db: Db, documentId: number): Promise<TranslationSource | null> {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      title: true, sourceLang: true, targetLang: true,
      paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, sourceText: true, status: true, version: true } },
    },
  });
  return document && { documentId, ...document };
}

export type AutomaticOrigin = "machine" | "memory" | "tool";

/** English written automatically into an untranslated paragraph whose version the writer read. */
export interface AutomaticWrite {
  id: number;
  version: number;
  text: string;
  /** machine = DeepL, memory = translation memory, tool = copied verbatim (credit and related lines). */
  origin: AutomaticOrigin;
}

// At most seven parameters per row; SQLite allows 32,766 per statement.
const ROWS_PER_STATEMENT = 1000;

/**
 * One statement for many rows: each paragraph gets its own English, and only
 * if it is still untranslated at the version the writer read. Prisma would
 * need one query per row (and its createMany costs ten times a plain INSERT),
 * which dominated a translation job's time. Plain SQL that SQLite (3.35+) and
 * PostgreSQL both run; RETURNING names the rows written.
 */
async function updateUntranslated(tx: Tx, writes: readonly AutomaticWrite[]): Promise<Set<number>> {
  const text = (w: AutomaticWrite) => Prisma.sql`WHEN ${w.id} THEN CAST(${w.text} AS TEXT)`;
  const machine = (w: AutomaticWrite) => Prisma.sql`WHEN ${w.id} THEN CAST(${w.origin === "tool" ? null : w.text} AS TEXT)`;
  const rows = await tx.$queryRaw<Array<{ id: number | bigint }>>`
    UPDATE "Paragraph"
    SET "targetText" = CASE "id" ${Prisma.join(writes.map(text), " ")} END,
        "machineText" = CASE "id" ${Prisma.join(writes.map(machine), " ")} END,
        "status" = 'machine', "translationError" = NULL, "version" = "version" + 1, "updatedAt" = ${new Date()}
    WHERE "status" = 'untranslated' AND (${Prisma.join(writes.map((w) => Prisma.sql`("id" = ${w.id} AND "version" = ${w.version})`), " OR ")})
    RETURNING "id"`;
  return new Set(rows.map((row) => Number(row.id)));
}

/**
 * Writes automatic English in one transaction, each paragraph only if it is
 * still untranslated at the version the writer read: a person's save that
 * landed meanwhile wins, and that paragraph is reported as skipped.
 */
export async function writeAutomaticTranslations(db: Db, writes: readonly AutomaticWrite[]): Promise<{ written: number[]; skipped: number[] }> {
  if (writes.length === 0) return { written: [], skipped: [] };
  return db.$transaction(async (tx) => {
    const updated = new Set<number>();
    for (let i = 0; i < writes.length; i += ROWS_PER_STATEMENT) {
      for (const id of await updateUntranslated(tx, writes.slice(i, i + ROWS_PER_STATEMENT))) updated.add(id);
    }
    const written = writes.filter((w) => updated.has(w.id));
    const now = new Date();
    for (let i = 0; i < written.length; i += ROWS_PER_STATEMENT) {
      const rows = written.slice(i, i + ROWS_PER_STATEMENT).map((w) => Prisma.sql`(${w.id}, 'target', ${w.text}, 'machine', ${w.origin}, ${w.version + 1}, ${now})`);
      await tx.$executeRaw`INSERT INTO "Revision" ("paragraphId", "field", "text", "status", "origin", "version", "createdAt") VALUES ${Prisma.join(rows)}`;
    }
    return { written: written.map((w) => w.id), skipped: writes.filter((w) => !updated.has(w.id)).map((w) => w.id) };
  });
}

/** Notes why untranslated paragraphs could not be translated (an AppError code); they stay untranslated. */
export async function markTranslationFailed(db: Db, ids: readonly number[], code: string): Promise<void> {
  if (ids.length === 0) return;
  await db.paragraph.updateMany({ where: { id: { in: [...ids] }, status: "untranslated" }, data: { translationError: code } });
}
