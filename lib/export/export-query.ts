import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { EXPORT_FORMATS, type ExportFormat } from "./formats";
import type { ExportOptions } from "./options";

const FORMAT_IDS = EXPORT_FORMATS.map((format) => format.id) as [ExportFormat, ...ExportFormat[]];
const CHOICES = {
  layout: ["table", "interleaved"],
  content: ["all", "reviewed-only"],
  unreviewed: ["mark", "omit"],
} as const;

const exportQuery = z.object({
  format: z.enum(FORMAT_IDS),
  layout: z.enum(CHOICES.layout).default("table"),
  content: z.enum(CHOICES.content).default("all"),
  unreviewed: z.enum(CHOICES.unreviewed).default("mark"),
});

export interface ExportRequest {
  format: ExportFormat;
  options: ExportOptions;
}

/**
 * Reads a download's query string (`?format=docx&layout=interleaved&content=reviewed-only&unreviewed=omit`).
 * Options a format ignores are accepted, so one form serves every format; parameters it does not know are ignored.
 * A missing or unknown value is refused with a code naming the parameter and its choices.
 */
export function parseExportQuery(query: URLSearchParams): ExportRequest {
  const raw = Object.fromEntries(Object.keys(exportQuery.shape).map((key) => [key, query.get(key) ?? undefined]));
  const parsed = exportQuery.safeParse(raw);
  if (parsed.success) {
    const { format, ...options } = parsed.data;
    return { format, options };
  }
  const option = String(parsed.error.issues[0].path[0]) as keyof typeof raw;
  const value = raw[option] ?? "";
  if (option === "format") throw new AppError("unsupportedExportFormat", { format: value, formats: FORMAT_IDS.join(", ") });
  throw new AppError("invalidExportOption", { option, value, choices: CHOICES[option as keyof typeof CHOICES].join(", ") });
}
