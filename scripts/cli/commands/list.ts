import { percent } from "@/lib/bilingual/progress";
import { listDocuments } from "@/lib/db/documents";
import { parseCliArgs, runWithDb, type CliCommand } from "../command";

export const listCommand: CliCommand = {
  usage: "[--json]",
  summary: "List documents with paragraph counts and progress.",
  run: (args) =>
    runWithDb(async (db) => {
      const { values } = parseCliArgs(args, { json: { type: "boolean" } });
      const documents = await listDocuments(db);
      if (values.json) {
        const rows = documents.map((d) => ({ id: d.id, title: d.title, createdAt: d.createdAt.toISOString(), ...d.progress }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const d of documents) {
        const { paragraphs, translated, reviewed } = d.progress;
        process.stdout.write(
          `${String(d.id).padStart(4)}  ${d.title}\n      ${paragraphs} paragraph${paragraphs === 1 ? "" : "s"} · ${translated} translated (${percent(translated, paragraphs)}%) · ${reviewed} reviewed (${percent(reviewed, paragraphs)}%)\n`,
        );
      }
      if (documents.length === 0) process.stderr.write("No documents yet. Add one with: selaras import <file>\n");
    }),
};
