import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { sqliteUrl } from "./database-url";

export type Db = PrismaClient;

export function createDb(url: string | undefined = process.env.DATABASE_URL): Db {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteUrl(url) }) });
}

// One client per process, kept on globalThis so development hot reloads reuse it.
const globalForDb = globalThis as unknown as { selarasDb?: Db };

export const db: Db = globalForDb.selarasDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.selarasDb = db;
