import fs from "node:fs";
import { isTargetLang } from "@/lib/bilingual/guards";
import { TARGET_LANGS } from "@/lib/bilingual/types";
import type { Db } from "@/lib/db/client";
import { countMemoryEntries, type MemoryImportCounts } from "@/lib/db/memory";
import { AppError } from "@/lib/errors/app-error";
import { importTmx } from "@/lib/export/import-tmx";
import { decodeExchangeBytes } from "@/lib/export/read-exchange-file";
import { parseCliArgs, runWithDb, type CliCommand } from "../command";

/** `memory import <file.tmx> [--plain-english en-US|en-GB]`: a TMX file into the translation memory, all or nothing. */
export async function runMemory(db: Db, args: string[]): Promise<{ counts: MemoryImportCounts; total: number }> {
  const { values, positionals } = parseCliArgs(args, { "plain-english": { type: "string" } });
  const [subcommand, path] = positionals;
  if (subcommand !== "import") throw new AppError("invalidRequest", { detail: `unknown memory subcommand "${subcommand ?? ""}"; use: memory import <file.tmx>` });
  if (!path) throw new AppError("invalidRequest", { detail: "name the TMX file to import" });
  if (!fs.existsSync(path)) throw new AppError("invalidRequest", { detail: `no file at ${path}` });
  const plainEnglish = values["plain-english"] ?? "en-US";
  if (!isTargetLang(plainEnglish)) throw new AppError("invalidRequest", { detail: `--plain-english must be ${TARGET_LANGS.join(" or ")}, not "${plainEnglish}"` });
  const counts = await importTmx(db, decodeExchangeBytes(fs.readFileSync(path)), { plainEnglish });
  return { counts, total: await countMemoryEntries(db) };
}

export function describeMemoryImport({ counts, total }: { counts: MemoryImportCounts; total: number }): string {
  const { added, updated, unchanged, skipped } = counts;
  return `imported ${added + updated} (new ${added}, updated ${updated}), already in the memory ${unchanged}, skipped ${skipped}; the memory holds ${total} entries\n`;
}

export const memoryCommand: CliCommand = {
  usage: "import <file.tmx> [--plain-english en-US|en-GB]",
  summary: "Import the Indonesian → English pairs of a TMX file into the translation memory (reviewed entries are kept). English tagged just \"en\" is filed as --plain-english (en-US).",
  run: (args) =>
    runWithDb(async (db) => {
      process.stdout.write(describeMemoryImport(await runMemory(db, args)));
    }),
};
