import type { DocumentMatch } from "@/lib/search/document-matches";

/** A DOM range over a match: offsets count characters of the cell's `.text`, across its sentence spans. */
export function rangeOf(match: DocumentMatch): Range | null {
  const text = document.getElementById(`p-${match.position}`)?.querySelector(`.cell.${match.side} .text`);
  if (!text) return null;
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const end = offset + node.data.length;
    if (!started && match.start < end) {
      range.setStart(node, match.start - offset);
      started = true;
    }
    if (started && match.end <= end) {
      range.setEnd(node, match.end - offset);
      return range;
    }
    offset = end;
  }
  return null;
}

/**
 * Paints ranges with the CSS Custom Highlight API (no DOM changes, so 2,000 rows stay untouched);
 * a higher priority paints over a lower one where they overlap.
 */
export function paintHighlight(name: string, ranges: readonly Range[], priority = 0): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  if (ranges.length === 0) return void CSS.highlights.delete(name);
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}
