import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { i18nFor } from "@/lib/i18n/instance";

export interface CliCommand {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Parses a subcommand's arguments; unknown flags become a clear refusal instead of a stack trace. */
export function parseCliArgs<T extends ParseArgsConfig["options"]>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError("invalidRequest", { detail: (error as Error).message });
  }
}

/** Prints an error the way the web app would show it (in English), and returns the exit code. */
export function reportCliError(error: unknown): number {
  if (error instanceof AppError) {
    const t = i18nFor("en").getFixedT("en", "errors");
    process.stderr.write(`selaras: ${t(error.code as never, error.params as never)}\n`);
    return 1;
  }
  process.stderr.write(`selaras: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
}

/** Runs a command's body against the app's database and turns errors into an exit code; always disconnects. */
export async function runWithDb(body: (db: Db) => Promise<void>): Promise<number> {
  // Loaded here, not at the top: importing a command (tests, --help) must not open the app's database.
  const { db } = await import("@/lib/db/client");
  try {
    await body(db);
    return 0;
  } catch (error) {
    return reportCliError(error);
  } finally {
    await db.$disconnect();
  }
}
