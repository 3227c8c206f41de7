import { AppError } from "@/lib/errors/app-error";
import type { Db } from "./client";
import type { Tx } from "./paragraph-translations";

/** A paragraph's English as the re-translate and compare controls see it. */
export interface ParagraphEnglish {
  id: number;
  documentId: number;
  status: string;
  version: number;
  targetText: string | null;
  machineText: string | null;
  candidateText: string | null;
}

const ENGLISH = { id: true, documentId: true, status: true, version: true, targetText: true, machineText: true, candidateText: true } as const;

export async function getParagraphEnglish(db: Db, id: number): Promise<ParagraphEnglish> {
  const paragraph = await db.paragraph.findUnique({ where: { id }, select: ENGLISH });
  if (!paragraph) throw new AppError("paragraphNotFound", { id }, 404);
  return paragraph;
}

// Makes sure the English about to be set aside is in the history, whatever wrote it.
async function keepCurrentAsRevision(tx: Tx, id: number): Promise<void> {
  const paragraph = await tx.paragraph.findUniqueOrThrow({ where: { id }, select: { targetText: true, status: true, version: true } });
  if (paragraph.targetText === null) return;
  const latest = await tx.revision.findFirst({ where: { paragraphId: id, field: "target" }, orderBy: { id: "desc" }, select: { text: true } });
  if (latest?.text === paragraph.targetText) return;
  await tx.revision.create({ data: { paragraphId: id, field: "target", text: paragraph.targetText, status: paragraph.status, origin: "human", version: paragraph.version } });
}

/** New machine English for a paragraph nobody wrote English for; false if it changed since `version` was read. */
export async function replaceMachineEnglish(db: Db, id: number, version: number, text: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.paragraph.updateMany({
      where: { id, version, status: { in: ["untranslated", "machine"] } },
      data: { targetText: text, machineText: text, candidateText: null, status: "machine", translationError: null, version: { increment: 1 } },
    });
    if (count === 1) await tx.revision.create({ data: { paragraphId: id, field: "target", text, status: "machine", origin: "machine", version: version + 1 } });
    return count === 1;
  });
}

/**
 * Sets new machine English beside a person's English without touching it (no
 * version change: an edit in progress stays valid); false if the paragraph
 * changed since `version` was read.
 */
export async function storeCandidate(db: Db, id: number, version: number, text: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.paragraph.updateMany({ where: { id, version, status: { in: ["edited", "reviewed"] } }, data: { candidateText: text } });
    if (count === 1) await keepCurrentAsRevision(tx, id);
    return count === 1;
  });
}

/** The person chose the candidate: it becomes the English (status machine); their text stays in the history. */
export async function acceptCandidate(db: Db, id: number, version: number): Promise<ParagraphEnglish> {
  await db.$transaction(async (tx) => {
    const paragraph = await tx.paragraph.findUnique({ where: { id }, select: { candidateText: true, version: true } });
    if (!paragraph) throw new AppError("paragraphNotFound", { id }, 404);
    if (paragraph.candidateText === null) throw new AppError("noCandidate", {}, 409);
    if (paragraph.version !== version) throw new AppError("paragraphChanged", {}, 409);
    await keepCurrentAsRevision(tx, id);
    const text = paragraph.candidateText;
    // Conditional, so a save landing between the read and this write is a conflict, not an overwrite.
    const { count } = await tx.paragraph.updateMany({
      where: { id, version, candidateText: text },
      data: { targetText: text, machineText: text, candidateText: null, status: "machine", translationError: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("paragraphChanged", {}, 409);
    await tx.revision.create({ data: { paragraphId: id, field: "target", text, status: "machine", origin: "machine", version: version + 1 } });
  });
  return getParagraphEnglish(db, id);
}

/** The person kept their English: the candidate is dropped. */
export async function dismissCandidate(db: Db, id: number): Promise<ParagraphEnglish> {
  const { count } = await db.paragraph.updateMany({ where: { id }, data: { candidateText: null } });
  if (count === 0) throw new AppError("paragraphNotFound", { id }, 404);
  return getParagraphEnglish(db, id);
}
