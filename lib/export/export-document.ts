import type { BilingualDocument } from "@/lib/bilingual/types";
import { exportFileName, exportFormat, type ExportFormat } from "./formats";
import type { ExportOptions } from "./options";
import { toCsv } from "./to-csv";
import { toDocx } from "./to-docx";
import { toHtml } from "./to-html";
import { toMarkdown } from "./to-markdown";
import { toTmx } from "./to-tmx";
import { toXliff } from "./to-xliff";

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

const TEXT_EXPORTERS: Record<Exclude<ExportFormat, "docx">, (document: BilingualDocument, options: ExportOptions) => string> = {
  html: toHtml,
  md: toMarkdown,
  tmx: toTmx,
  xliff: toXliff,
  csv: toCsv,
};

/** The one entry point routes and the CLI call: a document in, the file's bytes, name and MIME type out. */
export async function exportDocument(document: BilingualDocument, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile> {
  const bytes = format === "docx" ? await toDocx(document, options) : new TextEncoder().encode(TEXT_EXPORTERS[format](document, options));
  return { bytes, fileName: exportFileName(document.title, format), mimeType: exportFormat(format).mimeType };
}
