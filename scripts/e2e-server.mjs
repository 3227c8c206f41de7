#!/usr/bin/env node
// Starts the app for end-to-end tests on a fresh database: migrate + sample, build, then serve.
// Two instances share the database: the main one talks to a fake DeepL server (started here on a free port),
// a second one has no DeepL key, for the tests of what Selaras says then. The fake's and the second
// instance's addresses are written to E2E_SERVERS_FILE for the tests.
// DATABASE_URL is a SQLite file (deleted first) or a PostgreSQL database whose name contains "e2e" (dropped first;
// `npm run db:migrate` creates it again), e.g. E2E_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/selaras_e2e.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
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

const serversFile = process.env.E2E_SERVERS_FILE;
if (!serversFile) throw new Error("e2e-server expects E2E_SERVERS_FILE");
fs.rmSync(path.resolve(root, serversFile), { force: true });

const children = [];
const stopAll = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));

function start(command, args, env, stdio = "inherit") {
  const child = spawn(command, args, { cwd: root, stdio, env: { ...process.env, ...env } });
  children.push(child);
  child.on("exit", (code) => {
    stopAll("SIGTERM");
    process.exit(code ?? 0);
  });
  return child;
}

/** Starts the fake DeepL server on a free port and resolves with its address, read from its first line. */
function startFakeDeepl() {
  const fake = start(process.execPath, ["--import", "tsx", "scripts/fake-deepl/main.ts"], { FAKE_DEEPL_PORT: "0" }, ["ignore", "pipe", "inherit"]);
  return new Promise((resolve, reject) => {
    let output = "";
    fake.stdout.on("data", (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    fake.on("error", reject);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForServer(url) {
  for (;;) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// The production server, as `npm start` runs it (Next.js plus the save route on node:http).
const serverStart = (port, env) => start(process.execPath, ["--import", "tsx", "scripts/server.ts", "--port", String(port), "--hostname", "127.0.0.1"], env);

const run = (script) => execFileSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
run("db:migrate");
if (!process.env.E2E_SKIP_BUILD) run("build");

const fakeDeeplUrl = await startFakeDeepl();
const noKeyPort = await freePort();
// An empty key wins over any .env file a developer keeps: this instance has none. Its worker is off (nothing to run).
serverStart(noKeyPort, { DEEPL_AUTH_KEY: "", DEEPL_SERVER_URL: "", SELARAS_DISABLE_WORKER: "1" });
await waitForServer(`http://127.0.0.1:${noKeyPort}/`);
fs.writeFileSync(path.resolve(root, serversFile), JSON.stringify({ fakeDeeplUrl, noKeyUrl: `http://127.0.0.1:${noKeyPort}` }));
serverStart(process.env.PORT, { DEEPL_AUTH_KEY: "e2e-fake-key", DEEPL_SERVER_URL: fakeDeeplUrl });
