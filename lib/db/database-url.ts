import path from "node:path";

/** Where the zero-setup SQLite database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/selaras.db";

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
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
