import type { TextRange } from "./find-matches";

export interface TextPiece {
  text: string;
  match: boolean;
}

/** Splits a text into plain and matching pieces, for rendering matches as <mark>. Ranges are sorted, not overlapping. */
export function highlightPieces(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

export interface Excerpt {
  text: string;
  ranges: TextRange[];
}

/**
 * A short excerpt around the first match, cut at word boundaries and marked with "…" where text was left out;
 * the ranges are moved to the excerpt's offsets.
 */
export function excerptAround(text: string, ranges: readonly TextRange[], radius = 90): Excerpt {
  const first = ranges[0] ?? { start: 0, end: 0 };
  let start = Math.max(0, first.start - radius);
  let end = Math.min(text.length, first.end + radius);
  if (start > 0) start = Math.min(first.start, text.slice(start).search(/\s\S/u) + start + 1 || start);
  if (end < text.length) end = Math.max(first.end, text.lastIndexOf(" ", end));
  while (end > first.end && /\s/u.test(text[end - 1])) end--;
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    ranges: ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}
