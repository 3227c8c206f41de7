import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface RunningServer {
  url: string;
  stop: () => void;
}

export interface RunningApp extends RunningServer {
  process: ChildProcess;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

function stopper(child: ChildProcess): () => void {
  return () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
}

/** The floor server in its own process, so it does not share an event loop with the load generator. */
export async function startFloor(databaseUrl: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/floor-server.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: stopper(child) };
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/api/documents/0`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`the app did not answer at ${url}`);
}

const SOURCES = ["app", "lib", "instrumentation.ts", "next.config.js", "package-lock.json"];

function newestChange(file: string): number {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newestChange(path.join(file, name))));
}

/** Whether `appDir` lacks a production build, or has one older than its sources. */
export function buildIsStale(appDir: string): boolean {
  const built = fs.statSync(path.join(appDir, ".next/BUILD_ID"), { throwIfNoEntry: false });
  return !built || SOURCES.some((source) => newestChange(path.join(appDir, source)) > built.mtimeMs);
}

/**
 * `next build` (when asked, or when the build is missing or older than the sources) then the production server
 * (scripts/server.ts, what `npm start` runs) on a free port with its own DATABASE_URL and any further environment
 * (`SELARAS_INSTANCE_ID`, DeepL settings…).
 */
export async function startApp(appDir: string, databaseUrl: string, build: boolean, extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const next = path.join(ROOT, "node_modules/next/dist/bin/next");
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
  if (build || buildIsStale(appDir)) {
    const result = spawnSync(process.execPath, [next, "build"], { cwd: appDir, env, stdio: "inherit" });
    if (result.status !== 0) throw new Error("next build failed");
  }
  const port = await freePort();
  const server = ["--import", "tsx", path.join(appDir, "scripts/server.ts"), "--hostname", "127.0.0.1", "--port", String(port)];
  const child = spawn(process.execPath, server, { cwd: appDir, env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child);
  return { url, stop: stopper(child), process: child };
}
