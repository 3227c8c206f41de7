import { importArgumentKind } from "@/lib/import/import-argument";
import { importDocument, type ImportInput } from "@/lib/import/import-document";
import { i18nFor } from "@/lib/i18n/instance";
import { parseCliArgs, reportCliError, runWithDb, type CliCommand } from "../command";
import { readInput } from "../read-input";

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
    const [argument] = positionals;
    return runWithDb(async (db) => {
      const source: Pick<ImportInput, "url" | "file"> =
        importArgumentKind(argument) === "url" ? { url: argument } : { file: await readInput(argument) };
      const { documentId, notices } = await importDocument(db, { ...source, title: values.title, format: values.format });
      const t = i18nFor("en").getFixedT("en", "import-notices");
      for (const notice of notices) process.stderr.write(`selaras: ${t(notice.code, { count: notice.count ?? 0 })}\n`);
      process.stderr.write(`Imported document ${documentId}.\n`);
      process.stdout.write(`${documentId}\n`);
    });
  },
};
