/** Where a query occurs in a text: case-insensitive (Unicode), any run of white space matching any other. */

export const MAX_QUERY_LENGTH = 200;

export interface TextRange {
  start: number;
  end: number;
}

/** The query as searched: trimmed, inner white space collapsed, cut to the maximum length. */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/gu, " ").slice(0, MAX_QUERY_LENGTH).trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** Compiles a normalised query once, for searching many texts. */
export function matcher(query: string): (text: string) => TextRange[] {
  const normalised = normaliseQuery(query);
  if (normalised === "") return () => [];
  const pattern = new RegExp(normalised.split(" ").map(escapeRegExp).join("\\s+"), "giu");
  return (text) => {
    const ranges: TextRange[] = [];
    for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
    return ranges;
  };
}

export function findMatches(text: string, query: string): TextRange[] {
  return matcher(query)(text);
}
