import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { isPostgresUrl, postgresConfig, sqliteUrl } from "./database-url";

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
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(PRAGMAS);
    return adapter;
  }
}

const postgresClients = new WeakSet<object>();

/** Whether a client talks to PostgreSQL: for the few queries that differ (case-insensitive search). */
export function isPostgresDb(db: Db): boolean {
  return postgresClients.has(db);
}

/** A postgres:// or postgresql:// URL selects PostgreSQL; anything else (or nothing) a SQLite file. */
export function createDb(url: string | undefined = process.env.DATABASE_URL): Db {
  if (isPostgresUrl(url)) {
    // Both clients are generated from the same models (prisma/postgres/schema.prisma is rendered from
    // prisma/schema.prisma, and a test keeps it so), so their APIs match; TypeScript sees two unrelated classes.
    const client = new PostgresPrismaClient({ adapter: new PrismaPg(postgresConfig(url)) }) as unknown as Db;
    postgresClients.add(client);
    return client;
  }
  return new PrismaClient({ adapter: new TunedSQLite3({ url: sqliteUrl(url), timeout: BUSY_TIMEOUT_MS }) });
}

// One client per process, kept on globalThis so development hot reloads reuse it.
const globalForDb = globalThis as unknown as { selarasDb?: Db };

export const db: Db = globalForDb.selarasDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.selarasDb = db;
