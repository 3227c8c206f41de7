import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createDb, type Db } from "./client";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Applies the committed migrations to a fresh SQLite file, as `prisma migrate deploy` would. */
function migrate(file: string): void {
  const sqlite = new Database(file);
  for (const dir of fs.readdirSync(MIGRATIONS_DIR).filter((d) => !d.endsWith(".toml")).sort()) {
    sqlite.exec(fs.readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
  }
  sqlite.close();
}

/** A private, migrated database for one test file; `dispose` removes it. */
export async function createTestDb(): Promise<{ db: Db; url: string; dispose: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-test-"));
  const file = path.join(dir, "test.db");
  migrate(file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    dispose: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
