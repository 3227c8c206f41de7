import { textLines } from "./rows";
import { xmlSafe } from "./xml";

// Characters with inline meaning anywhere in a line (GFM: emphasis, code, links, raw HTML, tables, strikethrough,
// headings' closing #). `&` only where it would start a character reference.
const INLINE = /[\\`*_[\]<>|~#]|&(?=#?[0-9A-Za-z]+;)/g;
// What opens a block at the start of a line: list bullets, setext underlines, ordered-list numbers.
const LEADING_BLOCK = /^([-+=])|^(\d{1,9})([.)])/;

/**
 * Escapes one line of plain text so Markdown shows it literally. Leading and trailing spaces are dropped:
 * Markdown gives them meaning (code blocks, hard breaks) and cannot show them as typed.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.trim().replace(INLINE, (char) => `\\${char}`);
  return escaped.replace(LEADING_BLOCK, (_match, sign?: string, digits?: string, dot?: string) => (sign ? `\\${sign}` : `${digits}\\${dot}`));
}

/** Every line of a text escaped; the caller joins them with the line break its context needs. */
export function escapeMarkdownLines(text: string): string[] {
  return textLines(xmlSafe(text)).map(escapeMarkdownLine);
}

/** Wraps escaped text in emphasis markers, keeping them inside the text's outer spaces so they still count. */
export function emphasize(escaped: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(escaped);
  if (!match || match[2] === "") return escaped;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}
