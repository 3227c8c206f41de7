import type { Database, Statement } from "better-sqlite3";
import { ColumnTypeEnum, DriverAdapterError, type ArgType, type ColumnType, type SqlDriverAdapter, type SqlQuery, type SqlQueryable } from "@prisma/driver-adapter-utils";
import type { Db } from "./client";
import { Prisma } from "./generated/client";
import { GroupCommit, type OpenTransaction } from "./group-commit";
import type { DbTx } from "./transaction";

/**
 * Raw SQL statements, run either through Prisma or straight on its driver adapter. The save
 * path uses the adapter: Prisma 6's client spends about 1 ms of CPU in its request pipeline on
 * every query (measured: 546 saves/s in-process through Prisma), which was most of a save.
 * The adapter is the one Prisma itself is connected with (same SQLite connection and transaction
 * lock, same PostgreSQL pool), maps values the same way, and raises the same driver errors.
 * On SQLite the statements run on the adapter's better-sqlite3 connection with prepared
 * statements kept for reuse: the adapter prepares every statement anew (~0.1 ms for a one-row read).
 */
export interface SqlRunner {
  query<T>(sql: Prisma.Sql): Promise<T[]>;
  execute(sql: Prisma.Sql): Promise<number>;
}

/** Where raw SQL can run: a Prisma client or transaction, or a lean runner. */
export type SqlTarget = SqlRunner | DbTx;

export function sqlRunner(target: SqlTarget): SqlRunner {
  if (!("$queryRaw" in target)) return target;
  const prisma = target;
  return { query: <T>(sql: Prisma.Sql) => prisma.$queryRaw<T[]>(sql), execute: (sql) => prisma.$executeRaw(sql) };
}

/** The adapter a client connected with, kept on the client under a registry symbol so every copy of this module finds it. */
export interface DriverHandle {
  provider: "sqlite" | "postgres";
  /** Set while Prisma is connected: its adapter, and the runner for statements outside transactions on it. */
  connection?: { adapter: SqlDriverAdapter; runner: SqlRunner };
  group?: GroupCommit;
}

const DRIVER = Symbol.for("selaras.db.driver");

export function attachDriverHandle(db: Db, handle: DriverHandle): void {
  Object.defineProperty(db, DRIVER, { value: handle });
}

export function driverHandle(db: Db): DriverHandle {
  const handle = (db as unknown as Record<symbol, DriverHandle | undefined>)[DRIVER];
  if (!handle) throw new Error("this client was not made by createDb");
  return handle;
}

/** Records the adapter Prisma connects with, and forgets it when Prisma disposes of it. */
export function trackAdapter<A extends SqlDriverAdapter>(handle: DriverHandle, adapter: A): A {
  const connection = { adapter, runner: runnerOn(adapter, adapter, handle.provider) };
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = () => {
    if (handle.connection === connection) handle.connection = undefined;
    return dispose();
  };
  handle.connection = connection;
  return adapter;
}

async function connectionOf(db: Db): Promise<NonNullable<DriverHandle["connection"]>> {
  const handle = driverHandle(db);
  if (!handle.connection) await db.$connect();
  return handle.connection!;
}

function argType(value: unknown): ArgType {
  const scalar = (scalarType: ArgType["scalarType"]): ArgType => ({ scalarType, arity: "scalar" });
  if (value === null || value === undefined) return scalar("unknown");
  if (typeof value === "string") return scalar("string");
  if (typeof value === "number") return scalar(Number.isInteger(value) ? "int" : "float");
  if (typeof value === "bigint") return scalar("bigint");
  if (typeof value === "boolean") return scalar("boolean");
  if (value instanceof Date) return scalar("datetime");
  throw new TypeError(`lean SQL cannot bind a ${Object.prototype.toString.call(value)}`);
}

/** Prisma.Sql in the provider's placeholder style, with each value's type for the adapter's mapping. */
export function toSqlQuery(sql: Prisma.Sql, provider: DriverHandle["provider"]): SqlQuery {
  return { sql: provider === "postgres" ? sql.text : sql.sql, args: sql.values, argTypes: sql.values.map(argType) };
}

/** Values as Prisma's own raw queries return them (its client converts by column type too). */
function fromColumn(value: unknown, type: ColumnType): unknown {
  if (value === null) return null;
  switch (type) {
    case ColumnTypeEnum.Int32:
      return Math.trunc(Number(value));
    case ColumnTypeEnum.Int64:
      return BigInt(typeof value === "number" ? Math.trunc(value) : (value as string));
    case ColumnTypeEnum.Float:
    case ColumnTypeEnum.Double:
      return Number(value);
    case ColumnTypeEnum.Boolean:
      return value === true || value === 1 || value === "1" || value === "true";
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return new Date(value as string | number);
    case ColumnTypeEnum.Json:
      return typeof value === "string" ? JSON.parse(value) : value;
    default:
      return value;
  }
}

function adapterRunner(queryable: SqlQueryable, provider: DriverHandle["provider"]): SqlRunner {
  return {
    async query<T>(sql: Prisma.Sql) {
      const result = await queryable.queryRaw(toSqlQuery(sql, provider));
      return result.rows.map((values) => Object.fromEntries(result.columnNames.map((name, i) => [name, fromColumn(values[i], result.columnTypes[i])])) as T);
    },
    execute: (sql) => queryable.executeRaw(toSqlQuery(sql, provider)),
  };
}

/** The better-sqlite3 connection inside Prisma's SQLite adapter (its `client`), if this adapter has one. */
function sqliteConnection(adapter: SqlDriverAdapter): Database | undefined {
  const client = (adapter as unknown as { client?: Partial<Database> }).client;
  return adapter.provider === "sqlite" && typeof client?.prepare === "function" ? (client as Database) : undefined;
}

/** Binds a value as the SQLite adapter does (its default ISO 8601 timestamps, booleans as 0/1). */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}

type Convert = (value: unknown) => unknown;

/** Read conversions by declared column type, matching what Prisma's raw queries return. */
const SQLITE_COLUMN: Record<string, Convert> = {
  // Prisma's adapter opens the connection with safeIntegers, so integers arrive as bigint.
  INTEGER: (value) => Number(value),
  INT: (value) => Number(value),
  BOOLEAN: (value) => value === 1 || value === 1n,
  DATETIME: (value) => new Date(value as string | number),
  DATE: (value) => new Date(value as string | number),
  BIGINT: (value) => BigInt(value as number),
};

interface Prepared {
  statement: Statement;
  conversions: [string, Convert][];
}

// Statements vary only with the length of IN lists, so a small cache holds every one in use.
const STATEMENT_CACHE_LIMIT = 256;
const statementCaches = new WeakMap<Database, Map<string, Prepared>>();

function prepared(connection: Database, sql: string): Prepared {
  let cache = statementCaches.get(connection);
  if (!cache) statementCaches.set(connection, (cache = new Map()));
  let entry = cache.get(sql);
  if (!entry) {
    if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
    const statement = connection.prepare(sql);
    const conversions = statement.reader
      ? statement.columns().flatMap((column): [string, Convert][] => {
          const convert = column.type ? SQLITE_COLUMN[column.type.toUpperCase()] : undefined;
          return convert ? [[column.name, convert]] : [];
        })
      : [];
    cache.set(sql, (entry = { statement, conversions }));
  }
  return entry;
}

/** A duplicate key raised as the adapter raises it, so callers see one kind of error whichever way the SQL ran. */
function asDriverError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== "SQLITE_CONSTRAINT_UNIQUE" && code !== "SQLITE_CONSTRAINT_PRIMARYKEY") return error;
  return new DriverAdapterError({ kind: "UniqueConstraintViolation", originalCode: code, originalMessage: (error as Error).message });
}

function sqliteRunner(connection: Database): SqlRunner {
  const run = <R>(sql: Prisma.Sql, execute: (entry: Prepared, values: unknown[]) => R): Promise<R> => {
    try {
      return Promise.resolve(execute(prepared(connection, sql.sql), sql.values.map(sqliteValue)));
    } catch (error) {
      return Promise.reject(asDriverError(error));
    }
  };
  return {
    query: <T>(sql: Prisma.Sql) =>
      run(sql, ({ statement, conversions }, values) => {
        const rows = statement.all(...values) as Record<string, unknown>[];
        for (const row of rows) for (const [name, convert] of conversions) if (row[name] !== null) row[name] = convert(row[name]);
        return rows as T[];
      }),
    execute: (sql) => run(sql, ({ statement }, values) => statement.run(...values).changes),
  };
}

function runnerOn(adapter: SqlDriverAdapter, queryable: SqlQueryable, provider: DriverHandle["provider"]): SqlRunner {
  const connection = sqliteConnection(adapter);
  return connection ? sqliteRunner(connection) : adapterRunner(queryable, provider);
}

/** Statements outside any transaction, on the client's own connection. */
export function leanSql(db: Db): Promise<SqlRunner> {
  const connected = driverHandle(db).connection;
  // Without an extra async step when already connected: every such step costs more in a server with AsyncLocalStorage on.
  return connected ? Promise.resolve(connected.runner) : connectionOf(db).then(({ runner }) => runner);
}

const COMMIT = Prisma.sql`COMMIT`;
const ROLLBACK = Prisma.sql`ROLLBACK`;

async function openTransaction(db: Db): Promise<OpenTransaction> {
  const { adapter } = await connectionOf(db);
  // On SQLite this takes the adapter's transaction lock, shared with Prisma's own transactions.
  const tx = await adapter.startTransaction();
  const runner = runnerOn(adapter, tx, driverHandle(db).provider);
  return {
    runner,
    // As Prisma's own transaction manager does: the statement, then the adapter's release.
    async commit() {
      await runner.execute(COMMIT);
      await tx.commit();
    },
    async rollback() {
      try {
        await runner.execute(ROLLBACK);
      } catch {
        // Nothing left to roll back (the failed statement ended the transaction); the caller's error is what matters.
      } finally {
        await tx.rollback();
      }
    },
  };
}

async function inOneTransaction<T>(db: Db, work: (tx: SqlRunner) => Promise<T>): Promise<T> {
  const tx = await openTransaction(db);
  let result: T;
  try {
    result = await work(tx.runner);
    await tx.commit();
  } catch (error) {
    await tx.rollback();
    throw error;
  }
  return result;
}

/**
 * Runs `work` in a transaction on the adapter: all its writes commit together or, on any error,
 * none do and the error is rethrown. On SQLite, concurrent calls share transactions through a
 * group commit (lib/db/group-commit.ts); PostgreSQL commits in parallel on its own, one per call.
 */
export function leanTransaction<T>(db: Db, work: (tx: SqlRunner) => Promise<T>): Promise<T> {
  const handle = driverHandle(db);
  if (handle.provider !== "sqlite") return inOneTransaction(db, work);
  handle.group ??= new GroupCommit(() => openTransaction(db));
  return handle.group.run(work);
}
