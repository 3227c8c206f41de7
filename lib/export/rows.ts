import type { BilingualDocument, ParagraphKind } from "@/lib/bilingual/types";
import type { ResolvedExportOptions } from "./options";

/** One paragraph as the reading formats (DOCX, HTML, Markdown) show it. */
export interface DisplayRow {
  kind: ParagraphKind;
  /** Shown before the text on both sides: the dateline is part of how the article reads, not of the translation. */
  dateline: string | null;
  source: string;
  /** null: no English to show (untranslated, or left out because nobody reviewed it). */
  english: string | null;
  /** English shown although nobody reviewed it (reviewed-only content, unreviewed: "mark"). */
  unreviewed: boolean;
}

export function displayRows(document: BilingualDocument, options: ResolvedExportOptions): DisplayRow[] {
  return document.paragraphs.map((paragraph) => {
    const hasEnglish = paragraph.targetText !== null && paragraph.targetText !== "";
    const unreviewed = options.content === "reviewed-only" && paragraph.status !== "reviewed";
    const english = hasEnglish && !(unreviewed && options.unreviewed === "omit") ? paragraph.targetText : null;
    return {
      kind: paragraph.kind,
      dateline: paragraph.dateline || null,
      source: paragraph.sourceText,
      english,
      unreviewed: english !== null && unreviewed,
    };
  });
}

/** Splits a text at its line breaks (CRLF, CR or LF): the reading formats show each as a line break. */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
