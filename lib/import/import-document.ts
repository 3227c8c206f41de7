import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";
import { AppError } from "@/lib/errors/app-error";
import { parseFormatOption, type FileToImport } from "./choose-format";
import { fetchPage, type FetchOptions } from "./fetch-page";
import { checkTextSize } from "./limits";
import type { ImportNotice, ParsedSource } from "./parsed-source";
import { finishDraft, type DraftMeta } from "./parse-plain-text";
import { parseFile, parseText, parseWebPage } from "./parse-source";

export interface ImportInput {
  /** Pasted text; ignored when a file or URL is given. */
  text?: string;
  file?: FileToImport;
  /** A web page to fetch (http or https); wins over file and text. */
  url?: string;
  title?: string;
  /** "txt" | "md" | "docx" | "html" (or an extension such as "markdown", "htm"): forces the format. */
  format?: string;
}

export interface ImportResult {
  documentId: number;
  /** What was left out or guessed (images, comments, code, encoding): keys of the `import-notices` namespace. */
  notices: ImportNotice[];
}

export interface ImportOptions {
  fetch?: FetchOptions;
}

async function readInput(input: ImportInput, options: ImportOptions): Promise<{ parsed: ParsedSource; origin: Omit<DraftMeta, "title" | "foundTitle"> }> {
  const format = parseFormatOption(input.format);
  if (input.url?.trim()) {
    if (format && format !== "html") throw new AppError("formatNotForUrl", { format });
    const page = await fetchPage(input.url, options.fetch);
    return { parsed: parseWebPage(page.bytes, page.charset), origin: { originKind: "url", originRef: page.url } };
  }
  if (input.file && input.file.bytes.byteLength > 0) {
    return { parsed: await parseFile(input.file, format), origin: { originKind: "file", originRef: input.file.name } };
  }
  const text = input.text ?? "";
  checkTextSize(text);
  if (format === "docx") throw new AppError("formatNotForText", { format });
  return { parsed: parseText(text, format ?? "txt"), origin: { originKind: "paste" } };
}

/**
 * The import use case shared by the web form, drag-and-drop and the CLI: read pasted
 * text, an uploaded file (TXT, Markdown, DOCX, HTML) or a web page; parse it; mark its
 * news structure; check the limits; store the document in one transaction. Every
 * refusal is an AppError and nothing is stored; the URL stored is the one finally read.
 */
export async function importDocument(db: Db, input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const { parsed, origin } = await readInput(input, options);
  if (parsed.paragraphs.length === 0 && origin.originKind !== "paste") throw new AppError("noTextFound");
  const draft = finishDraft(parsed.paragraphs, { ...origin, title: input.title, foundTitle: parsed.title });
  return { documentId: await createDocument(db, draft), notices: parsed.notices };
}
