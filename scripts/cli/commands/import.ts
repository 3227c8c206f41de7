import { db } from "@/lib/db/client";
import { importDocument } from "@/lib/import/import-document";
import { parseCliArgs, reportCliError, type CliCommand } from "../command";
import { readInput } from "../read-input";

export const importCommand: CliCommand = {
  usage: "<file|-> [--title T]",
  summary: "Import Indonesian text as a new document; prints its id.",
  async run(args) {
    try {
      const { values, positionals } = parseCliArgs(args, { title: { type: "string" } });
      if (positionals.length !== 1) {
        process.stderr.write(`Usage: selaras import ${importCommand.usage}\n`);
        return 2;
      }
      const file = await readInput(positionals[0]);
      const id = await importDocument(db, { file, title: values.title });
      process.stderr.write(`Imported document ${id}.\n`);
      process.stdout.write(`${id}\n`);
      return 0;
    } catch (error) {
      return reportCliError(error);
    } finally {
      await db.$disconnect();
    }
  },
};
