import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { isPostgresUrl, postgresConfig, sqliteUrl } from "./database-url";
import { attachDriverHandle, driverHandle, trackAdapter, type DriverHandle } from "./lean-sql";

/** The database API every query function takes; the SQLite client's type is the canonical one. */
export type Db = PrismaClient;

/**
 * SQLite settings for a server with concurrent requests: WAL lets readers run beside the
 * writer and turns each commit into one append to the log; synchronous FULL still syncs that
 * append, so a saved edit survives a power cut. Writers wait up to 5 s for the lock instead of failing.
 */
const PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
const BUSY_TIMEOUT_MS = 5000;

class TunedSQLite3 extends PrismaBetterSQLite3 {
  constructor(
    config: ConstructorParameters<typeof PrismaBetterSQLite3>[0],
    private readonly handle: DriverHandle,
  ) {
    super(config);
  }

  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(PRAGMAS);
    return trackAdapter(this.handle, adapter);
  }
}

class TrackedPg extends PrismaPg {
  constructor(
    config: ConstructorParameters<typeof PrismaPg>[0],
    private readonly handle: DriverHandle,
  ) {
    super(config);
  }

  async connect() {
    return trackAdapter(this.handle, await super.connect());
  }
}

/** Whether a client talks to PostgreSQL: for the few queries that differ (case-insensitive search). */
export function isPostgresDb(db: Db): boolean {
  return driverHandle(db).provider === "postgres";
}

/** A postgres:// or postgresql:// URL selects PostgreSQL; anything else (or nothing) a SQLite file. */
export function createDb(url: string | undefined = process.env.DATABASE_URL): Db {
  const handle: DriverHandle = { provider: isPostgresUrl(url) ? "postgres" : "sqlite" };
  // Both clients are generated from the same models (prisma/postgres/schema.prisma is rendered from
  // prisma/schema.prisma, and a test keeps it so), so their APIs match; TypeScript sees two unrelated classes.
  const db = isPostgresUrl(url)
    ? (new PostgresPrismaClient({ adapter: new TrackedPg(postgresConfig(url), handle) }) as unknown as Db)
    : new PrismaClient({ adapter: new TunedSQLite3({ url: sqliteUrl(url), timeout: BUSY_TIMEOUT_MS }, handle) });
  attachDriverHandle(db, handle);
  return db;
}

/**
 * One client per process, kept under a registry symbol: the server (scripts/server.ts) and the
 * Next.js bundle each load their own copy of this module, and two SQLite connections in one
 * process could wait on each other's write lock with the event loop blocked. Development hot
 * reloads reuse it too.
 */
const SHARED = Symbol.for("selaras.db");
const shared = globalThis as unknown as Record<symbol, Db | undefined>;

export const db: Db = (shared[SHARED] ??= createDb());
