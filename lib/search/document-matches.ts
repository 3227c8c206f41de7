import { matcher, type TextRange } from "./find-matches";

export type Side = "source" | "target";

export interface SearchableParagraph {
  position: number;
  sourceText: string;
  targetText: string | null;
}

export interface DocumentMatch extends TextRange {
  position: number;
  side: Side;
}

/** Enough for any reading session; past it the count says "more". */
export const MAX_DOCUMENT_MATCHES = 2000;

/** Every match of a query in reading order: paragraph by paragraph, the Indonesian before the English. */
export function documentMatches(
  paragraphs: readonly SearchableParagraph[],
  query: string,
  limit = MAX_DOCUMENT_MATCHES,
): { matches: DocumentMatch[]; truncated: boolean } {
  const find = matcher(query);
  const matches: DocumentMatch[] = [];
  const ordered = [...paragraphs].sort((a, b) => a.position - b.position);
  for (const { position, sourceText, targetText } of ordered) {
    for (const [side, text] of [["source", sourceText], ["target", targetText ?? ""]] as const) {
      for (const range of find(text)) {
        if (matches.length === limit) return { matches, truncated: true };
        matches.push({ position, side, ...range });
      }
    }
  }
  return { matches, truncated: false };
}
