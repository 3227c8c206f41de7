import type { Db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { listGlossaryPairs } from "@/lib/db/glossary-pairs";
import { AppError } from "@/lib/errors/app-error";
import { checkParagraph } from "./qa/check-paragraph";
import type { QaWarning } from "./qa/qa-warning";
import { loadParagraph } from "./paragraph-change";

export interface ParagraphWarnings {
  paragraphId: number;
  position: number;
  warnings: QaWarning[];
}

/** Quality warnings for one paragraph, against the glossary of its document's language pair. */
export async function checkParagraphQuality(db: Db, paragraphId: number): Promise<QaWarning[]> {
  const record = await loadParagraph(db, paragraphId);
  if (record.status === "untranslated") return [];
  return checkParagraph(record, await listGlossaryPairs(db, record.document.sourceLang, record.document.targetLang));
}

/** The document-level list: every translated paragraph with at least one warning, in reading order. */
export async function checkDocumentQuality(db: Db, documentId: number): Promise<ParagraphWarnings[]> {
  const document = await getBilingualDocument(db, documentId);
  if (!document) throw new AppError("documentNotFound", { id: documentId }, 404);
  const glossary = await listGlossaryPairs(db, document.sourceLang, document.targetLang);
  return document.paragraphs
    .filter((paragraph) => paragraph.status !== "untranslated")
    .map((paragraph) => ({ paragraphId: paragraph.id, position: paragraph.position, warnings: checkParagraph(paragraph, glossary) }))
    .filter((entry) => entry.warnings.length > 0);
}
