import path from "node:path";
import type { PoolConfig } from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/** Where the zero-setup SQLite database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/selaras.db";

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url.trim());
}

/**
 * Normalises a SQLite URL to an absolute `file:` URL so the CLI, the app and
 * the migration tool agree on one file whatever their working directory.
 */
export function sqliteUrl(url: string | undefined, cwd: string = process.cwd()): string {
  const raw = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
  const file = raw.replace(/^file:/, "");
  if (file === ":memory:") return "file::memory:";
  return `file:${path.resolve(cwd, file)}`;
}

export function sqliteFilePath(url: string | undefined, cwd?: string): string {
  return sqliteUrl(url, cwd).replace(/^file:/, "");
}

/**
 * Discrete connection fields for pg and PrismaPg. A connection string would win over the `database` that
 * PrismaPg sets for the shadow database of `prisma migrate`, which would then point at the real database.
 */
export function postgresConfig(url: string): PoolConfig {
  const parsed = parseIntoClientConfig(url.trim());
  // Empty fields are dropped so pg falls back to PGUSER, PGPASSWORD and its other defaults.
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== "" && value !== undefined)) as PoolConfig;
}

/** The same server with another database: for creating and dropping scratch databases. */
export function withDatabase(url: string, database: string): PoolConfig {
  return { ...postgresConfig(url), database };
}

/** Whether two URLs name the same database: the same SQLite file, or the same database on the same server. */
export function sameDatabase(a: string, b: string): boolean {
  if (isPostgresUrl(a) !== isPostgresUrl(b)) return false;
  if (!isPostgresUrl(a)) return sqliteUrl(a) === sqliteUrl(b);
  const key = (url: string) => {
    const { host, port, database } = postgresConfig(url);
    return `${host ?? "localhost"}:${port ?? 5432}/${database}`;
  };
  return key(a) === key(b);
}
