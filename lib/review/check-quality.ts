import type { Db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { listGlossaryPairs } from "@/lib/db/glossary-pairs";
import { AppError } from "@/lib/errors/app-error";
import type { GlossaryPair } from "./qa/check-glossary";
import { checkParagraph } from "./qa/check-paragraph";
import type { QaTexts, QaWarning } from "./qa/qa-warning";
import { loadParagraph } from "./paragraph-change";

export interface ParagraphWarnings {
  paragraphId: number;
  position: number;
  warnings: QaWarning[];
}

/**
 * Quality warnings for one paragraph, against the glossary of its document's language pair.
 * `targetText` checks English not saved yet (the editor's text, before approving it) instead of the stored one.
 */
export async function checkParagraphQuality(db: Db, paragraphId: number, targetText?: string): Promise<QaWarning[]> {
  const record = await loadParagraph(db, paragraphId);
  if (targetText === undefined && record.status === "untranslated") return [];
  const glossary = await listGlossaryPairs(db, record.document.sourceLang, record.document.targetLang);
  return checkParagraph({ sourceText: record.sourceText, targetText: targetText ?? record.targetText }, glossary);
}

/** A stored paragraph's warnings, as its row shows them: none while it has no English yet. */
export function rowWarnings(paragraph: QaTexts & { status: string }, glossary: readonly GlossaryPair[]): QaWarning[] {
  return paragraph.status === "untranslated" ? [] : checkParagraph(paragraph, glossary);
}

/** The document-level list: every translated paragraph with at least one warning, in reading order. */
export async function checkDocumentQuality(db: Db, documentId: number): Promise<ParagraphWarnings[]> {
  const document = await getBilingualDocument(db, documentId);
  if (!document) throw new AppError("documentNotFound", { id: documentId }, 404);
  const glossary = await listGlossaryPairs(db, document.sourceLang, document.targetLang);
  return document.paragraphs
    .map((paragraph) => ({ paragraphId: paragraph.id, position: paragraph.position, warnings: rowWarnings(paragraph, glossary) }))
    .filter((entry) => entry.warnings.length > 0);
}
