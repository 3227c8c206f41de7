import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { listGlossaryTerms } from "@/lib/db/glossary";
import { AppError } from "@/lib/errors/app-error";
import { i18nFor } from "@/lib/i18n/instance";
import { importGlossary } from "@/lib/translate/edit-glossary";
import type { GlossarySyncStatus } from "@/lib/translate/glossary-sync";
import type { MachineTranslator } from "@/lib/translate/machine-translator";
import { translatorFromEnv } from "@/lib/translate/shared-translator";
import { parseCliArgs, runWithDb, type CliCommand } from "../command";

/** An `errors` message in English, as the CLI prints every message. */
function message(code: string, params: Record<string, string | number> = {}): string {
  return String(i18nFor("en").getFixedT("en", "errors")(code as never, params as never));
}

function syncNote(sync: GlossarySyncStatus | null): string {
  if (!sync || sync.state === "local") return "stored locally (no DeepL key set)";
  if (sync.state === "synced") return "mirrored to DeepL";
  return `stored locally; DeepL not updated: ${message(sync.errorCode)}`;
}

/** `selaras glossary list [--json]` and `selaras glossary import <file.csv|tsv>`. */
export async function runGlossary(db: Db, args: string[], out: (text: string) => void, translator: MachineTranslator | null): Promise<void> {
  const { values, positionals } = parseCliArgs(args, { json: { type: "boolean" } });
  const [action, file] = positionals;
  if (action === "list") {
    const terms = await listGlossaryTerms(db);
    if (values.json) return out(`${JSON.stringify(terms.map(({ source, target, note }) => ({ source, target, note })), null, 2)}\n`);
    for (const term of terms) out(`${term.source}\t${term.target}${term.note ? `\t${term.note}` : ""}\n`);
    return;
  }
  if (action !== "import" || !file) throw new AppError("invalidRequest", { detail: "use: glossary list | glossary import <file.csv|file.tsv>" });
  if (!fs.existsSync(file)) throw new AppError("invalidRequest", { detail: `no file "${file}"` });
  const result = await importGlossary(db, { name: path.basename(file), text: fs.readFileSync(file, "utf8") }, translator);
  if (result.problems.length > 0) {
    for (const problem of result.problems) out(`${message("glossaryImportLine", { line: problem.line, problem: message(problem.code, problem.params) })}\n`);
    throw new AppError("invalidRequest", { detail: `nothing imported: ${result.problems.length} line(s) to fix in ${file}` });
  }
  out(`${result.added} added, ${result.updated} updated; ${syncNote(result.sync)}\n`);
}

export const glossaryCommand: CliCommand = {
  usage: "list [--json] | import <file.csv|file.tsv>",
  summary: "Show the Indonesian → English glossary, or import terms (source, target, optional note) from CSV or TSV.",
  run: (args) => runWithDb((db) => runGlossary(db, args, (text) => process.stdout.write(text), translatorFromEnv())),
};
