/**
 * Every export format: its file extension, the MIME type a download is served with, and which options it honours:
 * `layout` (table | interleaved) and `marksUnreviewed` (unreviewed English marked or left out, with reviewed-only
 * content). Formats without the latter simply leave unreviewed English out when asked for reviewed-only content.
 */
export const EXPORT_FORMATS = [
  { id: "docx", label: "Word (DOCX)", extension: "docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", layout: true, marksUnreviewed: true },
  { id: "html", label: "HTML (prints to PDF)", extension: "html", mimeType: "text/html; charset=utf-8", layout: true, marksUnreviewed: true },
  { id: "md", label: "Markdown", extension: "md", mimeType: "text/markdown; charset=utf-8", layout: true, marksUnreviewed: true },
  { id: "tmx", label: "TMX 1.4b", extension: "tmx", mimeType: "application/x-tmx+xml; charset=utf-8", layout: false, marksUnreviewed: false },
  { id: "xliff", label: "XLIFF 2.0", extension: "xlf", mimeType: "application/xliff+xml; charset=utf-8", layout: false, marksUnreviewed: false },
  { id: "csv", label: "CSV", extension: "csv", mimeType: "text/csv; charset=utf-8", layout: false, marksUnreviewed: false },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]["id"];
export type ExportFormatInfo = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format.id === value);
}

export function exportFormat(id: ExportFormat): ExportFormatInfo {
  return EXPORT_FORMATS.find((format) => format.id === id) as ExportFormatInfo;
}

/** A download name from the title: letters and digits of any script kept, everything else one dash. */
export function exportFileName(title: string, format: ExportFormat): string {
  const slug = title
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${slug || "document"}.${exportFormat(format).extension}`;
}
