import type { BilingualDocument, BilingualParagraph, DocumentProgress } from "@/lib/bilingual/types";
import { isTargetLang } from "@/lib/bilingual/guards";
import type { Db } from "./client";
import { toBilingualParagraph } from "./documents";

export type DocumentOverview = Omit<BilingualDocument, "paragraphs"> & { progress: DocumentProgress };

/** A document's facts and progress without its paragraphs, so the reader can start before loading them all. */
export async function getDocumentOverview(db: Db, id: number): Promise<DocumentOverview | null> {
  const [document, counts] = await Promise.all([
    db.document.findUnique({ where: { id } }),
    db.paragraph.groupBy({ by: ["status"], where: { documentId: id }, _count: { _all: true } }),
  ]);
  if (!document) return null;
  const progress: DocumentProgress = { paragraphs: 0, translated: 0, reviewed: 0 };
  for (const row of counts) {
    progress.paragraphs += row._count._all;
    if (row.status !== "untranslated") progress.translated += row._count._all;
    if (row.status === "reviewed") progress.reviewed += row._count._all;
  }
  const { targetLang, ...rest } = document;
  return { ...rest, targetLang: isTargetLang(targetLang) ? targetLang : "en-US", progress };
}

/** A slice of a document's paragraphs in reading order: `take` of them (all without it) after the first `skip`. */
export async function listParagraphs(db: Db, documentId: number, skip: number, take?: number): Promise<BilingualParagraph[]> {
  const rows = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, skip, take });
  return rows.map(toBilingualParagraph);
}
