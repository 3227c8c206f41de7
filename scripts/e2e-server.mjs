#!/usr/bin/env node
// Starts the app for end-to-end tests on a fresh database: migrate + sample, build, then serve.
// DATABASE_URL is a SQLite file (deleted first) or a PostgreSQL database whose name contains "e2e" (dropped first;
// `npm run db:migrate` creates it again), e.g. E2E_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/selaras_e2e.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

const root = fileURLToPath(new URL("..", import.meta.url));
const databaseUrl = process.env.DATABASE_URL ?? "";

async function dropPostgresDatabase(url) {
  const { database, ...server } = parseIntoClientConfig(url);
  // A guard against dropping a real database by a mistyped variable.
  if (!database?.includes("e2e")) throw new Error(`e2e-server drops its database first: name it *e2e* (not ${database})`);
  // Empty fields are dropped so pg falls back to PGUSER, PGPASSWORD and its other defaults.
  const fields = Object.fromEntries(Object.entries(server).filter(([, value]) => value !== "" && value !== undefined));
  const client = new pg.Client({ ...fields, database: "postgres" });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`);
  await client.end();
}

if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
  await dropPostgresDatabase(databaseUrl);
} else if (databaseUrl.startsWith("file:")) {
  const dbFile = path.resolve(root, databaseUrl.slice("file:".length));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });
} else {
  throw new Error("e2e-server expects a SQLite (file:) or PostgreSQL DATABASE_URL");
}

const run = (script) => execFileSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
run("db:migrate");
if (!process.env.E2E_SKIP_BUILD) run("build");
const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", process.env.PORT, "-H", "127.0.0.1"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
