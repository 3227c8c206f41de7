import type { TextRange } from "@/lib/search/find-matches";
import { highlightPieces } from "@/lib/search/highlight";

/** Text with its matches in <mark>, which also announces them as highlighted. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return highlightPieces(text, ranges).map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text));
}
