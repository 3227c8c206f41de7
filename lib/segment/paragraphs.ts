import { isCreditLine, isRelatedLine } from "./news-structure";

/** Collapses runs of spaces and tabs and trims; newlines inside a paragraph become spaces. */
export function normaliseParagraph(text: string): string {
  return text.replace(/[ \t\f\v\r\n]+/g, " ").trim();
}

function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Splits plain text into paragraphs. Text with blank lines between blocks is read
 * as blocks (hard-wrapped lines inside a block are joined), except that a credit or
 * related-link line inside a block stays its own paragraph. Text without blank
 * lines is read one paragraph per line. Empty paragraphs are dropped.
 */
export function splitParagraphs(text: string): string[] {
  const normalised = normaliseNewlines(text);
  const hasBlocks = /\n[ \t]*\n/.test(normalised.trim());
  if (!hasBlocks) return normalised.split("\n").map(normaliseParagraph).filter(Boolean);

  const paragraphs: string[] = [];
  for (const block of normalised.split(/\n[ \t]*\n/)) {
    let pending: string[] = [];
    const flush = () => {
      const joined = normaliseParagraph(pending.join(" "));
      if (joined) paragraphs.push(joined);
      pending = [];
    };
    for (const line of block.split("\n")) {
      const trimmed = normaliseParagraph(line);
      if (isCreditLine(trimmed) || isRelatedLine(trimmed)) {
        flush();
        pending.push(trimmed);
        flush();
      } else {
        pending.push(line);
      }
    }
    flush();
  }
  return paragraphs;
}
