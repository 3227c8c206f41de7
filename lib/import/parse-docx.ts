import { parseHTML } from "linkedom";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors/app-error";
import { checkDocxZip } from "./check-zip";
import { countNotices, type ParsedSource } from "./parsed-source";
import { readBlocks } from "./read-blocks";
import { checkHtmlShape } from "./structure-limits";

// Word's own styles mapped to the blocks the reader knows; mammoth already maps Heading 1–6
// and lists. Style names are matched as Word stores them, which is English in every UI language.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

interface MammothNode {
  type: string;
  children?: MammothNode[];
}

function countComments(node: MammothNode): number {
  return (node.type === "commentReference" ? 1 : 0) + (node.children ?? []).reduce((sum, child) => sum + countComments(child), 0);
}

/**
 * DOCX → paragraphs. The archive is checked first (size, entry count, compression ratio);
 * mammoth then converts it to HTML, read by the same block reader as Markdown and web
 * pages. Images and comments are left out and counted; footnote markers and their back
 * links are dropped, the footnotes themselves kept as a numbered list at the end.
 */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedSource> {
  await checkDocxZip(bytes);
  let images = 0;
  let comments = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: "" };
        }),
        transformDocument: (document: MammothNode) => {
          comments = countComments(document);
          return document;
        },
      },
    );
    html = result.value;
  } catch {
    throw new AppError("docxInvalid");
  }
  checkHtmlShape(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const link of document.querySelectorAll('a[href^="#footnote"], a[href^="#endnote"]')) link.remove();
  const { paragraphs } = readBlocks(document.body);
  return { paragraphs, title: paragraphs.find((p) => p.kind === "title")?.sourceText, notices: countNotices({ images, comments }) };
}
