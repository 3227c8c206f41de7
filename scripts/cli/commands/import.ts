import type { Db } from "@/lib/db/client";
import { i18nFor } from "@/lib/i18n/instance";
import { importArgumentKind } from "@/lib/import/import-argument";
import { importDocument, type ImportInput, type ImportResult } from "@/lib/import/import-document";
import type { ImportNotice } from "@/lib/import/parsed-source";
import { parseCliArgs, reportCliError, runWithDb, type CliCommand } from "../command";
import { readInput } from "../read-input";

/** Imports a file, a web page (an argument that starts like a URL) or standard input ("-"). */
export async function runImport(db: Db, argument: string, options: Pick<ImportInput, "title" | "format">): Promise<ImportResult> {
  const source: Pick<ImportInput, "url" | "file"> = importArgumentKind(argument) === "url" ? { url: argument } : { file: await readInput(argument) };
  return importDocument(db, { ...source, ...options });
}

/** What the import left out or guessed, one English line each, as the web app says it in the reader. */
export function describeNotices(notices: readonly ImportNotice[]): string {
  const t = i18nFor("en").getFixedT("en", "import-notices");
  return notices.map((notice) => `selaras: ${t(notice.code, { count: notice.count ?? 0 })}\n`).join("");
}

export const importCommand: CliCommand = {
  usage: "<file|url|-> [--title T] [--format txt|md|docx|html]",
  summary: "Import Indonesian text, Markdown, DOCX, HTML or a web page as a new document; prints its id.",
  async run(args) {
    let parsed;
    try {
      parsed = parseCliArgs(args, { title: { type: "string" }, format: { type: "string" } });
    } catch (error) {
      return reportCliError(error);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      process.stderr.write(`Usage: selaras import ${importCommand.usage}\n`);
      return 2;
    }
    return runWithDb(async (db) => {
      const { documentId, notices } = await runImport(db, positionals[0], { title: values.title, format: values.format });
      process.stderr.write(describeNotices(notices));
      process.stderr.write(`Imported document ${documentId}.\n`);
      process.stdout.write(`${documentId}\n`);
    });
  },
};
