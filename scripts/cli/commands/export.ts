import fs from "node:fs";
import type { Db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { AppError } from "@/lib/errors/app-error";
import { exportDocument } from "@/lib/export/export-document";
import { EXPORT_FORMATS, isExportFormat } from "@/lib/export/formats";
import type { ExportLayout } from "@/lib/export/options";
import { parseCliArgs, runWithDb, type CliCommand } from "../command";

const OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  layout: { type: "string" },
  "reviewed-only": { type: "boolean" },
  "omit-unreviewed": { type: "boolean" },
} as const;

export function documentIdArg(value: string | undefined): number {
  const id = Number(value);
  if (!value || !Number.isSafeInteger(id) || id <= 0) throw new AppError("invalidRequest", { detail: `"${value ?? ""}" is not a document id` });
  return id;
}

/** Exports one document to a file, or to `write` (standard output) when no -o is given; returns what was written. */
export async function runExport(db: Db, args: string[], write: (bytes: Uint8Array) => void): Promise<{ path: string | null; bytes: number }> {
  const { values, positionals } = parseCliArgs(args, OPTIONS);
  const id = documentIdArg(positionals[0]);
  const format = values.format ?? "";
  if (!isExportFormat(format)) throw new AppError("unsupportedExportFormat", { format, formats: EXPORT_FORMATS.map((f) => f.id).join(", ") });
  const layout = values.layout ?? "table";
  if (layout !== "table" && layout !== "interleaved") throw new AppError("invalidRequest", { detail: `--layout must be table or interleaved, not "${layout}"` });
  const document = await getBilingualDocument(db, id);
  if (!document) throw new AppError("documentNotFound", { id }, 404);
  const file = await exportDocument(document, format, {
    layout: layout as ExportLayout,
    content: values["reviewed-only"] ? "reviewed-only" : "all",
    unreviewed: values["omit-unreviewed"] ? "omit" : "mark",
  });
  if (values.output) fs.writeFileSync(values.output, file.bytes);
  else write(file.bytes);
  return { path: values.output ?? null, bytes: file.bytes.byteLength };
}

export const exportCommand: CliCommand = {
  usage: "<docId> --format docx|html|md|tmx|xliff|csv [-o file] [--layout table|interleaved] [--reviewed-only [--omit-unreviewed]]",
  summary: "Export a document; to standard output unless -o names a file. --reviewed-only marks unreviewed English (or leaves it out).",
  run: (args) =>
    runWithDb(async (db) => {
      const result = await runExport(db, args, (bytes) => process.stdout.write(bytes));
      if (result.path) process.stderr.write(`selaras: wrote ${result.path} (${result.bytes} bytes)\n`);
    }),
};
