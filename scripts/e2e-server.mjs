#!/usr/bin/env node
// Starts the app for end-to-end tests on a fresh database: migrate + sample, build, then serve.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl?.startsWith("file:")) throw new Error("e2e-server expects a SQLite DATABASE_URL");
const dbFile = path.resolve(root, databaseUrl.slice("file:".length));
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });

const run = (script) => execFileSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
run("db:migrate");
if (!process.env.E2E_SKIP_BUILD) run("build");
const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", process.env.PORT, "-H", "127.0.0.1"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
