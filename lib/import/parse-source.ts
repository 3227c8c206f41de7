import { AppError } from "@/lib/errors/app-error";
import { chooseFormat, type FileToImport, type ImportFormat } from "./choose-format";
import { decodeHtml } from "./decode-html";
import { decodeTextFile, type DecodedText } from "./decode-text";
import { formatBytes, MAX_IMPORT_BYTES } from "./limits";
import { parseDocx } from "./parse-docx";
import { parseHtml } from "./parse-html";
import { parseMarkdown } from "./parse-markdown";
import { plainTextParagraphs } from "./parse-plain-text";
import type { ParsedSource } from "./parsed-source";

/** Text already decoded (pasted, or read from a file) → paragraphs in the given format. */
export function parseText(text: string, format: Exclude<ImportFormat, "docx">): ParsedSource {
  if (format === "md") return parseMarkdown(text);
  if (format === "html") return parseHtml(text);
  return { paragraphs: plainTextParagraphs(text), notices: [] };
}

function withEncodingNotice(decoded: DecodedText, parsed: ParsedSource): ParsedSource {
  return decoded.guessedWindows1252 ? { ...parsed, notices: [{ code: "decodedAsWindows1252" }, ...parsed.notices] } : parsed;
}

/** An uploaded file → paragraphs: size checked, format chosen and checked against the content, then parsed. */
export async function parseFile(file: FileToImport, forced?: ImportFormat): Promise<ParsedSource> {
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError("fileTooLarge", { size: formatBytes(file.bytes.byteLength), limit: formatBytes(MAX_IMPORT_BYTES) }, 413);
  }
  const format = chooseFormat(file, forced);
  if (format === "docx") return parseDocx(file.bytes);
  const decoded = format === "html" ? decodeHtml(file.bytes) : decodeTextFile(file.bytes);
  return withEncodingNotice(decoded, parseText(decoded.text, format));
}

/** A fetched web page → paragraphs, decoded by its header or meta charset. */
export function parseWebPage(bytes: Uint8Array, charset: string | undefined): ParsedSource {
  const decoded = decodeHtml(bytes, charset);
  return withEncodingNotice(decoded, parseHtml(decoded.text));
}
