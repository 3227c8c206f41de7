import { AppError } from "@/lib/errors/app-error";

/**
 * Shapes no real document has but that make the parsers slow to a halt or overflow the
 * stack: linkedom and Readability slow down with the square of the nesting depth, marked
 * with the square of a list item's length and recurses once per nested list marker.
 * These checks read the raw text once, before any parser sees it.
 */
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 150_000;
export const MAX_MARKDOWN_NESTING = 32;
export const MAX_LIST_ITEM_LINES = 1_000;
export const MAX_LIST_ITEM_CHARS = 32 * 1024;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
// Elements whose end tag may be left out: an unclosed <p> or <li> does not nest the next one.
const OPTIONAL_END = new Set(["html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);
const TAG = /<!--|<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/g;

const tooComplex = () => new AppError("documentTooComplex");

/**
 * Refuses HTML with more than MAX_HTML_ELEMENTS elements or nested deeper than
 * MAX_HTML_DEPTH (an upper estimate: unclosed tags count as open), and returns its
 * element count so callers can spare slower steps on large pages.
 */
export function checkHtmlShape(html: string): { elements: number } {
  const lower = html.toLowerCase();
  let depth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(lower); match; match = TAG.exec(lower)) {
    if (match[0] === "<!--") {
      const end = lower.indexOf("-->", TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const [, closing, tag, selfClosing] = match;
    if (closing) {
      if (!VOID.has(tag) && !OPTIONAL_END.has(tag)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) throw tooComplex();
    if (VOID.has(tag) || OPTIONAL_END.has(tag) || selfClosing) continue;
    if (++depth > MAX_HTML_DEPTH) throw tooComplex();
    if (RAW_TEXT.has(tag)) {
      const end = lower.indexOf(`</${tag}`, TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end;
    }
  }
  return { elements };
}

const LEADING_MARKERS = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;
const MARKER = />|[-*+](?=[ \t]|$)|\d[.)]/g;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Refuses Markdown nested deeper than MAX_MARKDOWN_NESTING quote or list levels (by
 * markers or by indentation) or with a list item longer than MAX_LIST_ITEM_LINES lines
 * or MAX_LIST_ITEM_CHARS characters.
 */
export function checkMarkdownShape(markdown: string): void {
  let inItem = false;
  let afterBlank = false;
  let itemLines = 0;
  let itemChars = 0;
  for (const line of markdown.split("\n")) {
    const indentation = (/^[ \t]*/.exec(line)?.[0] ?? "").replace(/\t/g, "    ").length;
    const levels = THEMATIC_BREAK.test(line) ? 0 : (LEADING_MARKERS.exec(line)?.[0].match(MARKER)?.length ?? 0);
    const isItem = levels > 0 && LIST_ITEM.test(line);
    if (levels > MAX_MARKDOWN_NESTING || (isItem && indentation > MAX_MARKDOWN_NESTING * 4)) throw tooComplex();
    if (isItem) {
      inItem = true;
      afterBlank = false;
      itemLines = 0;
      itemChars = line.length;
    } else if (line.trim() === "") {
      afterBlank = true;
    } else if (inItem && afterBlank && indentation === 0) {
      inItem = false;
    } else if (inItem) {
      afterBlank = false;
      itemChars += line.length + 1;
      if (++itemLines > MAX_LIST_ITEM_LINES || itemChars > MAX_LIST_ITEM_CHARS) throw tooComplex();
    }
  }
}
