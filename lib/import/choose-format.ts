import { AppError } from "@/lib/errors/app-error";
import { CONTENT_KIND_NAMES, sniffContent } from "./sniff-content";

export const IMPORT_FORMATS = ["txt", "md", "docx", "html"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const FORMAT_NAMES: Record<ImportFormat, string> = { txt: "TXT", md: "Markdown", docx: "DOCX", html: "HTML" };

const BY_EXTENSION: Record<string, ImportFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  docx: "docx",
  html: "html",
  htm: "html",
  xhtml: "html",
};

const BY_CONTENT_TYPE: Record<string, ImportFormat> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

export interface FileToImport {
  name: string;
  bytes: Uint8Array;
  /** The browser's or server's content type, used only when the name has no extension. */
  type?: string;
}

/** Validates a `format` option ("md", "DOCX"…); undefined or empty means "choose for me". */
export function parseFormatOption(format: string | undefined): ImportFormat | undefined {
  if (!format) return undefined;
  const normalised = format.trim().toLowerCase().replace(/^\./, "");
  const known = BY_EXTENSION[normalised];
  if (!known) throw new AppError("unknownFormat", { format, formats: IMPORT_FORMATS.join(", ") });
  return known;
}

function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim());
  return match?.[1].toLowerCase();
}

/**
 * The format to read a file as: the forced format, else the extension, else the content
 * type, else what the bytes look like. The bytes must then agree with that format: a
 * .docx must be a ZIP, text formats must not be a ZIP, PDF, image…, and a .txt or .md
 * that is really an HTML page is refused unless the format was forced.
 */
export function chooseFormat(file: FileToImport, forced?: ImportFormat): ImportFormat {
  const kind = sniffContent(file.bytes);
  const extension = extensionOf(file.name);
  const mediaType = file.type?.split(";")[0].trim().toLowerCase();
  let format = forced ?? (extension ? BY_EXTENSION[extension] : undefined) ?? (mediaType ? BY_CONTENT_TYPE[mediaType] : undefined);
  if (!format && extension) throw new AppError("unsupportedFileType", { name: file.name });
  format ??= kind === "zip" ? "docx" : kind === "html" ? "html" : "txt";

  if (format === "docx") {
    if (kind !== "zip") throw new AppError("docxNotZip", { name: file.name });
    return format;
  }
  if (kind === "binary") throw new AppError("notText");
  const mismatch = kind !== "text" && (kind !== "html" || (format !== "html" && !forced));
  if (mismatch) {
    throw new AppError("fileContentMismatch", { name: file.name, found: CONTENT_KIND_NAMES[kind], expected: FORMAT_NAMES[format] });
  }
  return format;
}
