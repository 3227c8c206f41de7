import type { Db } from "./client";
import type { Prisma } from "./generated/client";
import type { SqlRunner } from "./lean-sql";

/** The client inside a transaction; a plain Db fits wherever a DbTx is asked for. */
export type DbTx = Prisma.TransactionClient;

/** Runs `work` in one transaction: everything it writes commits together or not at all. */
export function inTransaction<T>(db: Db, work: (tx: DbTx) => Promise<T>): Promise<T> {
  return db.$transaction(work);
}

/** Whether `db` is a top-level client (it can open a transaction) rather than one inside a transaction. */
export function isTopLevelClient(db: Db | DbTx | SqlRunner): db is Db {
  return "$transaction" in db;
}
