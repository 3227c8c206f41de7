#!/usr/bin/env node
// Brings the database named by DATABASE_URL (default: SQLite under data/) to the latest migration,
// then loads the sample article the first time.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const url = process.env.DATABASE_URL?.trim() || "file:./data/selaras.db";
if (!/^postgres(ql)?:\/\//i.test(url)) {
  fs.mkdirSync(path.dirname(path.resolve(root, url.replace(/^file:/, ""))), { recursive: true });
}
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
run(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"]);
run(process.execPath, ["--import", "tsx", path.join(root, "prisma/seed/run-seed.ts")]);
