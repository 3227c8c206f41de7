import type { ParagraphDraft, ParagraphKind } from "@/lib/bilingual/types";
import { normaliseParagraph } from "@/lib/segment/paragraphs";

// Never read: machinery, navigation and page furniture.
const SKIPPED = new Set([
  "head", "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select", "textarea",
  "input", "label", "iframe", "object", "embed", "svg", "canvas", "video", "audio", "map", "dialog",
]);
const IMAGES = new Set(["img", "picture"]);
// Code is not Indonesian prose: sent to a translator it would be mangled, so it is left out.
const CODE = "pre";
// Elements that only group other blocks.
const CONTAINERS = new Set([
  "html", "body", "div", "section", "article", "main", "header", "hgroup", "ul", "ol", "dl", "table", "thead", "tbody",
  "tfoot", "tr", "figure", "details", "center", "fieldset", "address",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const CELLS = new Set(["td", "th", "dt", "dd", "figcaption", "caption", "summary"]);

interface Context {
  kind: ParagraphKind;
  /** A list item's marker, shared with the blocks inside it and used by the first paragraph only. */
  marker: { text: string };
  run: string[];
}

export interface ReadBlocks {
  paragraphs: ParagraphDraft[];
  images: number;
  codeBlocks: number;
}

/**
 * Reads paragraphs from a DOM tree in reading order: p and table cells become `body`,
 * h1–h6 `heading` (an h1 before anything else: `title`), li `list-item` with its marker
 * ("- ", "3. "), blockquote `quote`. Inline markup is reduced to its text; a double <br>
 * splits a paragraph, a single one is a space. Images and code blocks are counted, not read.
 */
export function readBlocks(root: Node): ReadBlocks {
  const result: ReadBlocks = { paragraphs: [], images: 0, codeBlocks: 0 };

  const flush = (context: Context) => {
    const text = context.run.join("");
    context.run = [];
    for (const part of text.split(/\n\s*\n/)) {
      const sourceText = normaliseParagraph(part);
      if (!sourceText) continue;
      result.paragraphs.push({ kind: context.kind, sourceText: context.marker.text + sourceText });
      context.marker.text = "";
    }
  };

  const childContext = (tag: string, parent: Context, marker: string | undefined): Context => {
    if (marker !== undefined) return { kind: "list-item", marker: { text: marker }, run: [] };
    if (HEADINGS.has(tag)) return { kind: tag === "h1" && result.paragraphs.length === 0 ? "title" : "heading", marker: { text: "" }, run: [] };
    if (tag === "blockquote") return { kind: "quote", marker: { text: "" }, run: [] };
    if (CELLS.has(tag)) return { kind: "body", marker: { text: "" }, run: [] };
    return { kind: parent.kind, marker: parent.marker, run: [] };
  };

  const walk = (node: Node, context: Context) => {
    const element = node as Element;
    const ordered = element.tagName?.toLowerCase() === "ol";
    let ordinal = ordered ? Number.parseInt(element.getAttribute("start") ?? "1", 10) || 1 : 0;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        context.run.push((child.textContent ?? "").replace(/\s+/g, " "));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (IMAGES.has(tag)) {
        result.images++;
        continue;
      }
      if (tag === CODE) {
        result.codeBlocks++;
        continue;
      }
      if (tag === "br") {
        context.run.push("\n");
        continue;
      }
      const isBlock = CONTAINERS.has(tag) || HEADINGS.has(tag) || CELLS.has(tag) || tag === "p" || tag === "li" || tag === "blockquote";
      if (!isBlock) {
        walk(child, context);
        continue;
      }
      flush(context);
      const marker = tag === "li" ? (ordered ? `${ordinal++}. ` : "- ") : undefined;
      const inner = childContext(tag, context, marker);
      walk(child, inner);
      flush(inner);
    }
  };

  const top: Context = { kind: "body", marker: { text: "" }, run: [] };
  walk(root, top);
  flush(top);
  return result;
}
