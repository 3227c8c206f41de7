import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { isPostgresUrl, postgresConfig, sqliteUrl } from "./database-url";

/** The database API every query function takes; the SQLite client's type is the canonical one. */
export type Db = PrismaClient;

/** A postgres:// or postgresql:// URL selects PostgreSQL; anything else (or nothing) a SQLite file. */
export function createDb(url: string | undefined = process.env.DATABASE_URL): Db {
  if (isPostgresUrl(url)) {
    // Both clients are generated from the same models (prisma/postgres/schema.prisma is rendered from
    // prisma/schema.prisma, and a test keeps it so), so their APIs match; TypeScript sees two unrelated classes.
    return new PostgresPrismaClient({ adapter: new PrismaPg(postgresConfig(url)) }) as unknown as Db;
  }
  // timeout = SQLite's busy_timeout: a writer waits up to 5 s for another process's lock instead of failing at once.
  // WAL mode, which lets readers go on during a write, is stored in the file: `npm run db:migrate` turns it on.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteUrl(url), timeout: 5000 }) });
}

// One client per process, kept on globalThis so development hot reloads reuse it.
const globalForDb = globalThis as unknown as { selarasDb?: Db };

export const db: Db = globalForDb.selarasDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.selarasDb = db;
