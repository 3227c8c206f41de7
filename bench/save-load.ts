/**
 * Save/load benchmark: 32 concurrent clients saving edits through PUT /api/paragraphs/{id},
 * to distinct paragraphs and to a few shared ones, against the real app and against a floor
 * baseline (bare node:http + one hand-written transaction) on the same database, in one run.
 *
 *   npx tsx bench/save-load.ts                       # private SQLite file, builds if needed and starts the app
 *   npx tsx bench/save-load.ts --app-dir /some/copy  # start `next start` in another built checkout
 *   DATABASE_URL=… npx tsx bench/save-load.ts --url http://127.0.0.1:3000   # an app already running on that database
 *
 * Options: --duration seconds per scenario (10), --connections (32), --paragraphs (2000), --hot shared paragraphs (4), --build.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { createDb, type Db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/database-url";
import { createTestDb } from "@/lib/db/test-db";
import { countLostUpdates, SaveLedger } from "./ledger";
import { runLoad, type LoadFigures } from "./load";
import { startApp, startFloor, type RunningServer } from "./servers";
import { seedDocument, snapshot } from "./snapshot";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    "app-dir": { type: "string", default: process.cwd() },
    build: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    paragraphs: { type: "string", default: "2000" },
    hot: { type: "string", default: "4" },
  },
});
const connections = Number(args.connections);
const duration = Number(args.duration);

interface Measured {
  runs: LoadFigures[];
  lost: number;
  badConflicts: number;
}

/** Warm-up, then the distinct and the shared scenario against one server; then the database is checked against the ledger. */
async function measure(db: Db, server: RunningServer, label: string): Promise<Measured> {
  const { documentId, ids } = await seedDocument(db, `bench ${label}`, Number(args.paragraphs));
  const { documentId: warmId, ids: warm } = await seedDocument(db, `bench ${label} warm-up`, connections);
  const documentIds = [documentId, warmId];
  const ledger = new SaveLedger();
  const before = await snapshot(db, documentIds);
  const run = async (name: string, seconds: number, targetsOf: (k: number) => number[]) =>
    runLoad({ url: server.url, connections, durationSeconds: seconds, targetsOf, versions: (await snapshot(db, documentIds)).versions, ledger, label: `${name} ${label}` });
  await run("warm-up", 2, (k) => [warm[k % warm.length]]);
  const distinct = await run("distinct", duration, (k) => ids.filter((_, i) => i % connections === k));
  const shared = await run("same", duration, () => ids.slice(0, Number(args.hot)));
  const lost = countLostUpdates(ledger, [...before.versions.keys()], before, await snapshot(db, documentIds));
  return { runs: [distinct, shared], lost, badConflicts: ledger.badConflicts };
}

function row(f: LoadFigures): string {
  return [f.label.padEnd(16), f.throughput.toFixed(0).padStart(8), f.p50.toFixed(1).padStart(8), f.p99.toFixed(1).padStart(8), String(f.ok).padStart(8), String(f.conflicts).padStart(8), String(f.failures).padStart(8)].join(" ");
}

async function main(): Promise<number> {
  const temp = process.env.DATABASE_URL ? null : await createTestDb();
  const databaseUrl = process.env.DATABASE_URL ?? temp!.url;
  const db = temp?.db ?? createDb(databaseUrl);
  const servers: RunningServer[] = [];
  try {
    const floorServer = await startFloor(databaseUrl);
    servers.push(floorServer);
    const floor = await measure(db, floorServer, "floor");
    floorServer.stop();
    const appServer = args.url ? { url: args.url.replace(/\/$/, ""), stop: () => {} } : await startApp(args["app-dir"]!, databaseUrl, args.build!);
    servers.push(appServer);
    const app = await measure(db, appServer, "app");

    console.log(`\n${isPostgresUrl(databaseUrl) ? "PostgreSQL" : "SQLite"} · ${connections} connections · ${duration} s per scenario · ${args.paragraphs} paragraphs · ${args.hot} shared · Node ${process.version} · ${os.cpus().length} CPUs`);
    console.log(`${"scenario".padEnd(16)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"200".padStart(8)} ${"409".padStart(8)} ${"failed".padStart(8)}`);
    for (let i = 0; i < 2; i++) console.log(`${row(floor.runs[i])}\n${row(app.runs[i])}`);
    const ratios = app.runs.map((run, i) => run.throughput / floor.runs[i].throughput);
    const p99 = Math.max(...app.runs.map((run) => run.p99));
    console.log(`\napp/floor throughput: distinct ${ratios[0].toFixed(2)}×, same ${ratios[1].toFixed(2)}×  (target ≥ 0.5×: ${Math.min(...ratios) >= 0.5 ? "met" : "MISSED"})`);
    console.log(`app p99: ${p99.toFixed(1)} ms  (target < 25 ms: ${p99 < 25 ? "met" : "MISSED"})`);
    console.log(`lost or phantom updates: floor ${floor.lost}, app ${app.lost}; 409s without a newer version: floor ${floor.badConflicts}, app ${app.badConflicts}`);
    const failures = [...floor.runs, ...app.runs].reduce((sum, run) => sum + run.failures, 0);
    return app.lost + floor.lost + app.badConflicts + failures === 0 ? 0 : 1;
  } finally {
    for (const server of servers) server.stop();
    if (temp) await temp.dispose();
    else await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
