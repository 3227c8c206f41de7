import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { scratchPostgresUrl } from "../scratch-postgres";
import { MIGRATIONS_DIR, PRISMA_CONFIG, PROJECT_ROOT, SCHEMA_FILE, type Provider } from "./migrations";

const PRISMA_CLI = path.join(PROJECT_ROOT, "node_modules/prisma/build/index.js");

/** Prisma writes "-- This is an empty migration." when there is nothing to do: a script of comments only. */
export function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

/**
 * Indexes a migration creates by hand because Prisma cannot declare them for both databases (PostgreSQL's trigram
 * indexes for search, named *_trgm_idx): Prisma's diff would drop them, so their DROP INDEX steps are left out.
 */
export function withoutHandMadeIndexes(sql: string): string {
  return sql
    .split(/\n{2,}/u)
    .filter((step) => !/^DROP INDEX "[^"]+_trgm_idx";$/mu.test(step))
    .join("\n\n");
}

/**
 * The SQL that would bring a database migrated with the committed migrations to the schema file: empty when they
 * are in step. Prisma replays the migrations on a shadow database: in memory for SQLite, and a scratch database on
 * the SCRATCH_POSTGRES_URL server for PostgreSQL.
 */
export async function pendingMigrationSql(provider: Provider): Promise<string> {
  const args = [PRISMA_CLI, "migrate", "diff", "--config", PRISMA_CONFIG[provider]];
  args.push("--from-migrations", MIGRATIONS_DIR[provider], "--to-schema-datamodel", SCHEMA_FILE[provider], "--script");
  const env = { ...process.env, DATABASE_URL: provider === "sqlite" ? "file::memory:" : scratchPostgresUrl() };
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
  const sql = withoutHandMadeIndexes(stdout);
  return isEmptyMigration(sql) ? "" : sql;
}
