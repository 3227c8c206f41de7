// `npm run db:migrate [-- --no-seed]`: brings the database named by DATABASE_URL (default: SQLite under data/) to
// the latest migration, creating a missing PostgreSQL database first, then loads the sample article the first time.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "../lib/db/client";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqliteFilePath } from "../lib/db/database-url";
import { ensureDatabase, hasAppliedAll } from "../lib/db/postgres-admin";
import { migrationNames, PRISMA_CONFIG, PROJECT_ROOT } from "../lib/db/schema/migrations";
import { seedSample } from "../prisma/seed/seed-sample";

const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;

function migrateDeploy(config: string): void {
  const prisma = path.join(PROJECT_ROOT, "node_modules/prisma/build/index.js");
  execFileSync(process.execPath, [prisma, "migrate", "deploy", "--config", config], { cwd: PROJECT_ROOT, stdio: ["ignore", "inherit", "inherit"] });
}

async function migratePostgres(): Promise<void> {
  if (await ensureDatabase(url)) process.stderr.write("Created the PostgreSQL database.\n");
  if (await hasAppliedAll(url, migrationNames("postgresql"))) process.stderr.write("PostgreSQL: every migration is applied.\n");
  else migrateDeploy(PRISMA_CONFIG.postgresql);
}

function migrateSqlite(): void {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  migrateDeploy(PRISMA_CONFIG.sqlite);
  // WAL lets readers go on while one connection writes (an app server and the CLI, or several workers);
  // the mode is stored in the database file, so setting it once here covers every later connection.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

if (isPostgresUrl(url)) await migratePostgres();
else migrateSqlite();

if (!process.argv.includes("--no-seed")) {
  const db = createDb(url);
  const id = await seedSample(db);
  if (id !== null) process.stderr.write(`Loaded the sample article as document ${id}.\n`);
  await db.$disconnect();
}
