import type { BilingualDocument } from "@/lib/bilingual/types";
import { resolveOptions, type ExportOptions } from "./options";

const HEADER = ["position", "kind", "status", "Indonesian", "English"];

/** RFC 4180: a field holding a quote, comma or line break is quoted, its quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV (RFC 4180, CRLF between records) in UTF-8 with a byte-order mark, so spreadsheet apps read Indonesian
 * correctly. One row per paragraph, text byte for byte and without the dateline (the translatable text only);
 * positions count from 1. With reviewed-only content the English of unreviewed paragraphs is left empty.
 * Cells are not altered against spreadsheet formula injection: the export is the user's own text, kept exact.
 */
export function toCsv(document: BilingualDocument, options: ExportOptions = {}): string {
  const resolved = resolveOptions(options);
  const rows = document.paragraphs.map((p) => {
    const english = resolved.content === "all" || p.status === "reviewed" ? (p.targetText ?? "") : "";
    return [String(p.position + 1), p.kind, p.status, p.sourceText, english];
  });
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
