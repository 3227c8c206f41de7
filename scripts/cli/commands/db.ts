import { createDb, type Db } from "@/lib/db/client";
import { copyDatabase, CopyMismatchError, tableMatches, type TableReport } from "@/lib/db/copy/copy-database";
import { copyPlan } from "@/lib/db/copy/copy-plan";
import { sameDatabase } from "@/lib/db/database-url";
import { readDatamodel } from "@/lib/db/schema/datamodel";
import { AppError } from "@/lib/errors/app-error";
import { parseCliArgs, reportCliError, type CliCommand } from "../command";

const USAGE = "copy --from <url> --to <url> [--force] [--batch-size N]";

/** One line per table: rows and checksum (first 16 hex digits of the SHA-256) on each side. */
export function formatCopyReport(reports: readonly TableReport[]): string {
  const width = Math.max(5, ...reports.map((r) => r.model.length));
  const lines = reports.map((r) =>
    [r.model.padEnd(width), String(r.sourceRows).padStart(8), String(r.targetRows).padStart(8), r.sourceChecksum.slice(0, 16), r.targetChecksum.slice(0, 16), tableMatches(r) ? "ok" : "MISMATCH"].join("  "),
  );
  const header = ["table".padEnd(width), "source".padStart(8), "target".padStart(8), "source sha256".padEnd(16), "target sha256".padEnd(16), "check"].join("  ");
  return `${[header, ...lines].join("\n")}\n`;
}

function batchSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new AppError("invalidRequest", { detail: `--batch-size must be a positive whole number, not "${value}"` });
  return size;
}

export const dbCommand: CliCommand = {
  usage: USAGE,
  summary: "Copy a whole database (SQLite or PostgreSQL, by URL) into an empty migrated one; verified by row counts and checksums.",
  async run(args) {
    const clients: Db[] = [];
    try {
      const { values, positionals } = parseCliArgs(args, { from: { type: "string" }, to: { type: "string" }, force: { type: "boolean" }, "batch-size": { type: "string" } });
      const { from, to } = values;
      if (positionals.join(" ") !== "copy" || !from || !to) {
        process.stderr.write(`Usage: selaras db ${USAGE}\n`);
        return 2;
      }
      if (sameDatabase(from, to)) throw new AppError("dbCopySameDatabase");
      const options = { plan: copyPlan(readDatamodel()), force: values.force, batchSize: batchSize(values["batch-size"]) };
      const [source, target] = [createDb(from), createDb(to)];
      clients.push(source, target);
      const started = performance.now();
      const reports = await copyDatabase({ db: source, url: from }, { db: target, url: to }, {
        ...options,
        onTable: (r) => process.stderr.write(`Copied ${r.model}: ${r.targetRows} row${r.targetRows === 1 ? "" : "s"}.\n`),
      });
      process.stdout.write(formatCopyReport(reports));
      const rows = reports.reduce((sum, r) => sum + r.targetRows, 0);
      process.stderr.write(`Copied ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s; every table matches.\n`);
      return 0;
    } catch (error) {
      if (error instanceof CopyMismatchError) process.stdout.write(formatCopyReport(error.tables));
      return reportCliError(error);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
  },
};
