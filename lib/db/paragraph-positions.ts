import type { DbTx } from "./transaction";

/**
 * Moves every paragraph after `after` by `delta` places. Positions are unique per document and
 * both SQLite and PostgreSQL check that row by row, so a plain `position + 1` would collide
 * half-way; a detour through negative numbers keeps every intermediate state unique.
 */
export async function shiftPositions(db: DbTx, documentId: number, after: number, delta: 1 | -1): Promise<void> {
  await db.$executeRaw`UPDATE "Paragraph" SET "position" = -("position" + ${delta}) WHERE "documentId" = ${documentId} AND "position" > ${after}`;
  await db.$executeRaw`UPDATE "Paragraph" SET "position" = -"position" WHERE "documentId" = ${documentId} AND "position" < 0`;
}

/**
 * Serialises changes to a document's paragraph order. Call first in a split or merge transaction:
 * the row lock (PostgreSQL) or write lock (SQLite) it takes makes a second structural change wait
 * until this one commits, so it then reads positions that are current.
 */
export async function lockParagraphOrder(db: DbTx, documentId: number): Promise<void> {
  await db.$executeRaw`UPDATE "Document" SET "updatedAt" = "updatedAt" WHERE "id" = ${documentId}`;
}

export interface NewParagraph {
  documentId: number;
  position: number;
  kind: string;
  sourceText: string;
  targetText: string | null;
  machineText: string | null;
  status: string;
  sourceStale: boolean;
}

export async function insertParagraph(db: DbTx, paragraph: NewParagraph): Promise<number> {
  return (await db.paragraph.create({ data: paragraph, select: { id: true } })).id;
}

/** The id of the paragraph that follows `position` in reading order, or null at the end of the document. */
export async function findNextParagraphId(db: DbTx, documentId: number, position: number): Promise<number | null> {
  const next = await db.paragraph.findFirst({ where: { documentId, position: { gt: position } }, orderBy: { position: "asc" }, select: { id: true } });
  return next?.id ?? null;
}

export async function deleteParagraph(db: DbTx, id: number): Promise<void> {
  await db.paragraph.delete({ where: { id } });
}
