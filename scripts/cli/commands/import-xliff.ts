import fs from "node:fs";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { importXliff, type XliffImportResult } from "@/lib/export/import-xliff";
import { parseCliArgs, runWithDb, type CliCommand } from "../command";
import { documentIdArg } from "./export";

/** Reads an XLIFF 2.0 file and takes its English into the document. */
export async function runImportXliff(db: Db, args: string[]): Promise<XliffImportResult> {
  const { positionals } = parseCliArgs(args, {});
  const id = documentIdArg(positionals[0]);
  const path = positionals[1];
  if (!path) throw new AppError("invalidRequest", { detail: "name the XLIFF file to import" });
  if (!fs.existsSync(path)) throw new AppError("invalidRequest", { detail: `no file at ${path}` });
  return importXliff(db, id, fs.readFileSync(path, "utf8"));
}

export function describeImport(result: XliffImportResult): string {
  const lines = [`updated ${result.updated}, already up to date ${result.unchanged}, without English ${result.empty}, skipped ${result.skipped.length}`];
  for (const skip of result.skipped) lines.push(`  skipped ${skip.unitId}: ${skip.reason === "sourceChanged" ? "the Indonesian changed since the export" : "no such paragraph"}`);
  return `${lines.join("\n")}\n`;
}

export const importXliffCommand: CliCommand = {
  usage: "<docId> <file.xlf>",
  summary: "Take the English of an XLIFF 2.0 file exported from this document (and edited in a CAT tool) back as reviewed revisions.",
  run: (args) =>
    runWithDb(async (db) => {
      process.stdout.write(describeImport(await runImportXliff(db, args)));
    }),
};
