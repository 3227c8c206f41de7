import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { sqliteUrl } from "./database-url";

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

export function createDb(url: string | undefined = process.env.DATABASE_URL): Db {
  return new PrismaClient({ adapter: new TunedSQLite3({ url: sqliteUrl(url), timeout: BUSY_TIMEOUT_MS }) });
}

// One client per process, kept on globalThis so development hot reloads reuse it.
const globalForDb = globalThis as unknown as { selarasDb?: Db };

export const db: Db = globalForDb.selarasDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.selarasDb = db;
