import { importDocument } from "@/lib/import/import-document";
import { parseCliArgs, reportCliError, runWithDb, type CliCommand } from "../command";
import { readInput } from "../read-input";

export const importCommand: CliCommand = {
  usage: "<file|-> [--title T]",
  summary: "Import Indonesian text as a new document; prints its id.",
  async run(args) {
    let parsed;
    try {
      parsed = parseCliArgs(args, { title: { type: "string" } });
    } catch (error) {
      return reportCliError(error);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      process.stderr.write(`Usage: selaras import ${importCommand.usage}\n`);
      return 2;
    }
    return runWithDb(async (db) => {
      const file = await readInput(positionals[0]);
      const id = await importDocument(db, { file, title: values.title });
      process.stderr.write(`Imported document ${id}.\n`);
      process.stdout.write(`${id}\n`);
    });
  },
};
