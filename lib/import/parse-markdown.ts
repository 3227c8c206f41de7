import { parseHTML } from "linkedom";
import { Marked } from "marked";
import { countNotices, type ParsedSource } from "./parsed-source";
import { readBlocks } from "./read-blocks";
import { checkHtmlShape, checkMarkdownShape } from "./structure-limits";

const markdown = new Marked({ gfm: true });

// YAML front matter as static-site generators write it; its `title:` is the document's title.
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function frontMatterTitle(yaml: string): string | undefined {
  const title = /^title:[ \t]*(.+)$/m.exec(yaml)?.[1].trim().replace(/^(["'])(.*)\1$/, "$2");
  return title || undefined;
}

/**
 * Markdown → paragraphs. marked parses it (CommonMark + GFM) into HTML, which the same
 * block reader as DOCX and web pages turns into paragraphs, so inline syntax is reduced
 * to its text exactly as in those formats: links keep their text, code spans their
 * content, images are dropped. Fenced and indented code blocks are left out with a
 * notice. A leading h1 (or a front-matter title) names the document. Shapes that would
 * stall marked (deep nesting, endless list items) are refused before it runs.
 */
export function parseMarkdown(text: string): ParsedSource {
  const front = FRONT_MATTER.exec(text);
  const body = front ? text.slice(front[0].length) : text;
  checkMarkdownShape(body);
  const html = markdown.parse(body, { async: false });
  checkHtmlShape(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const { paragraphs, images, codeBlocks } = readBlocks(document.body);
  const title = (front && frontMatterTitle(front[1])) ?? paragraphs.find((p) => p.kind === "title")?.sourceText;
  return { paragraphs, title, notices: countNotices({ images, codeBlocks }) };
}
