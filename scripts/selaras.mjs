#!/usr/bin/env node
// The `selaras` command: runs the TypeScript CLI through tsx so it shares lib/ with the web app.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { main } = await import("./cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
