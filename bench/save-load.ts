/**
 * Save/load benchmark: 32 concurrent clients saving edits through PUT /api/paragraphs/{id},
 * to distinct paragraphs and to a few shared ones, against the real app and against a floor
 * baseline (bare node:http + one hand-written transaction) on the same database, in one run.
 *
 *   npx tsx bench/save-load.ts                       # private SQLite file, builds if needed and starts the app
 *   npx tsx bench/save-load.ts --app-dir /some/copy  # start the app server of another checkout
 *   DATABASE_URL=… npx tsx bench/save-load.ts --url http://127.0.0.1:3000   # an app already running on that database
 *   DATABASE_URL=postgresql://… npx tsx bench/save-load.ts --instances 2     # two app instances sharing the load
 *   npx tsx bench/save-load.ts --compare    # SQLite, PostgreSQL with one and with two instances, fresh databases, one table
 *
 * Options: --duration seconds per scenario and server (10), --slices (5), --connections (32), --paragraphs (2000),
 * --hot shared paragraphs (4), --build, --instances app servers on the database (1), their connections spread evenly. Each scenario alternates floor and app in short slices, so both meet the same
 * machine load even when other work comes and goes; throughput and percentiles are computed over all slices.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { createDb, type Db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/database-url";
import { createSqliteTestDb, createTestDb, type TestDb } from "@/lib/db/test-db";
import { createPostgresTestDb } from "@/lib/db/test-db-postgres";
import { HEADER, percentile, row, type Figures } from "./figures";
import { findDiscrepancies, SaveLedger, type Snapshot } from "./ledger";
import { runLoad, type LoadSlice } from "./load";
import { startApp, startFloor, type RunningServer } from "./servers";
import { seedDocument, settledSnapshot, snapshot } from "./snapshot";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    "app-dir": { type: "string", default: process.cwd() },
    build: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    slices: { type: "string", default: "5" },
    connections: { type: "string", default: "32" },
    paragraphs: { type: "string", default: "2000" },
    hot: { type: "string", default: "4" },
    instances: { type: "string", default: "1" },
    compare: { type: "boolean", default: false },
  },
});
const connections = Number(args.connections);
const duration = Number(args.duration);
const slices = Number(args.slices);

/** One server under test with its own document, so both servers start from identical data. */
interface Contender {
  label: string;
  urls: string[];
  ids: number[];
  warm: number[];
  documentIds: number[];
  ledger: SaveLedger;
  before: Snapshot;
}

async function prepare(db: Db, label: string, servers: RunningServer[]): Promise<Contender> {
  const main = await seedDocument(db, `bench ${label}`, Number(args.paragraphs));
  const warm = await seedDocument(db, `bench ${label} warm-up`, connections);
  const documentIds = [main.documentId, warm.documentId];
  return { label, urls: servers.map((server) => server.url), ids: main.ids, warm: warm.ids, documentIds, ledger: new SaveLedger(), before: await snapshot(db, documentIds) };
}

/** One slice, started once both servers have finished what earlier slices left in flight, so no slice competes with the other's tail. */
async function slice(db: Db, all: Contender[], c: Contender, seconds: number, targetsOf: (k: number) => number[]): Promise<LoadSlice> {
  const { versions } = await settledSnapshot(db, all.flatMap((each) => each.documentIds));
  return runLoad({ urls: c.urls, connections, durationSeconds: seconds, targetsOf, versions, ledger: c.ledger });
}

/** Alternates the servers slice by slice and sums each server's slices into one line of figures. */
async function scenario(db: Db, all: Contender[], name: string, targetsOf: (c: Contender, k: number) => number[]): Promise<Figures[]> {
  const collected = all.map(() => ({ seconds: 0, latencies: [] as number[], failures: 0, ok: 0, conflicts: 0 }));
  const before = all.map((c) => ({ ok: c.ledger.saved, conflicts: c.ledger.conflicts }));
  for (let round = 0; round < slices; round++) {
    for (const [i, c] of all.entries()) {
      const result = await slice(db, all, c, duration / slices, (k) => targetsOf(c, k));
      collected[i].seconds += result.seconds;
      collected[i].latencies.push(...result.latencies);
      collected[i].failures += result.failures;
    }
  }
  return all.map((c, i) => {
    const sorted = collected[i].latencies.sort((a, b) => a - b);
    return {
      label: `${name} ${c.label}`,
      throughput: sorted.length / collected[i].seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      ok: c.ledger.saved - before[i].ok,
      conflicts: c.ledger.conflicts - before[i].conflicts,
      failures: collected[i].failures,
    };
  });
}

interface Outcome {
  title: string;
  figures: Figures[];
  wrong: number;
}

async function startApps(databaseUrl: string, instances: number): Promise<RunningServer[]> {
  if (args.url) return [{ url: args.url.replace(/\/$/, ""), stop: () => {} }];
  const apps: RunningServer[] = [];
  // One after the other, so only the first may build; each instance names itself in job leases.
  for (let i = 1; i <= instances; i++) apps.push(await startApp(args["app-dir"]!, databaseUrl, args.build! && i === 1, { SELARAS_INSTANCE_ID: `bench-${i}` }));
  return apps;
}

async function run(databaseUrl: string, db: Db, instances: number): Promise<Outcome> {
  const servers: RunningServer[] = [];
  try {
    servers.push(await startFloor(databaseUrl));
    const apps = await startApps(databaseUrl, instances);
    servers.push(...apps);
    const [floor, app] = [await prepare(db, "floor", [servers[0]]), await prepare(db, instances > 1 ? `app×${instances}` : "app", apps)];
    const all = [floor, app];
    for (const c of all) await slice(db, all, c, 2, (k) => [c.warm[k % c.warm.length]]);
    const figures = [
      ...(await scenario(db, all, "distinct", (c, k) => c.ids.filter((_, i) => i % connections === k))),
      ...(await scenario(db, all, "same", (c) => c.ids.slice(0, Number(args.hot)))),
    ];
    const [floorWrong, appWrong] = await Promise.all([floor, app].map(async (c) => findDiscrepancies(c.ledger, [...c.before.versions.keys()], c.before, await settledSnapshot(db, c.documentIds))));
    const title = `${isPostgresUrl(databaseUrl) ? "PostgreSQL" : "SQLite"} · ${instances} app instance${instances > 1 ? "s" : ""}`;
    console.log(`\n${title} · ${connections} connections · ${duration} s per scenario and server in ${slices} slices · ${args.paragraphs} paragraphs · ${args.hot} shared · Node ${process.version} · ${os.cpus().length} CPUs · load ${os.loadavg()[0].toFixed(1)}`);
    console.log(HEADER);
    for (const f of figures) console.log(row(f));
    const ratios = [figures[1].throughput / figures[0].throughput, figures[3].throughput / figures[2].throughput];
    const p99 = Math.max(figures[1].p99, figures[3].p99);
    console.log(`\napp/floor throughput: distinct ${ratios[0].toFixed(2)}×, same ${ratios[1].toFixed(2)}×  (target ≥ 0.5×: ${Math.min(...ratios) >= 0.5 ? "met" : "MISSED"})`);
    console.log(`app p99: ${p99.toFixed(1)} ms  (target < 25 ms: ${p99 < 25 ? "met" : "MISSED"})`);
    console.log(`paragraphs with lost or phantom updates: floor ${floorWrong.length}, app ${appWrong.length}; 409s without a newer version: floor ${floor.ledger.badConflicts}, app ${app.ledger.badConflicts}`);
    for (const d of [...floorWrong, ...appWrong].slice(0, 10)) console.log("  ", JSON.stringify(d));
    for (const c of [floor, app]) for (const sample of c.ledger.failureSamples) console.log(`   ${c.label} failure: ${sample}`);
    const failures = figures.reduce((sum, f) => sum + f.failures, 0);
    return { title, figures, wrong: floorWrong.length + appWrong.length + floor.ledger.badConflicts + app.ledger.badConflicts + failures };
  } finally {
    for (const server of servers) server.stop();
  }
}

async function onFresh(create: () => Promise<TestDb>, instances: number): Promise<Outcome> {
  const temp = await create();
  try {
    return await run(temp.url, temp.db, instances);
  } finally {
    await temp.dispose();
  }
}

/** --compare: the same load on SQLite, on PostgreSQL with one app instance and with two, then the app rows side by side. */
async function compare(): Promise<Outcome[]> {
  const outcomes = [await onFresh(createSqliteTestDb, 1), await onFresh(createPostgresTestDb, 1), await onFresh(createPostgresTestDb, 2)];
  console.log(`\nSide by side (app rows)\n${"database".padEnd(34)} ${HEADER}`);
  for (const outcome of outcomes) for (const f of outcome.figures.filter((each) => !each.label.includes("floor"))) console.log(`${outcome.title.padEnd(34)} ${row(f)}`);
  return outcomes;
}

async function main(): Promise<number> {
  const instances = Number(args.instances);
  if (args.compare) return (await compare()).some((outcome) => outcome.wrong > 0) ? 1 : 0;
  if (!process.env.DATABASE_URL) return (await onFresh(createTestDb, instances)).wrong === 0 ? 0 : 1;
  const db = createDb(process.env.DATABASE_URL);
  try {
    return (await run(process.env.DATABASE_URL, db, instances)).wrong === 0 ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
