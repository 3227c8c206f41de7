import { AppError } from "@/lib/errors/app-error";
import type { Db } from "../client";
import { isPostgresUrl } from "../database-url";
import type { CopyTable } from "./copy-plan";
import { TableChecksum } from "./table-checksum";

export interface CopyEnd {
  db: Db;
  url: string;
}

export interface TableReport {
  model: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
}

export interface CopyOptions {
  plan: CopyTable[];
  batchSize?: number;
  /** Empty a target that holds rows instead of refusing it. */
  force?: boolean;
  onTable?: (report: TableReport) => void;
}

type Row = Record<string, unknown>;
interface Delegate {
  count(): Promise<number>;
  findMany(args: { orderBy: Record<string, "asc">[]; skip: number; take: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  deleteMany(): Promise<unknown>;
}
// Models are reached by name, so a model added later needs no code here; the plan comes from the same schema.
const delegate = (client: unknown, table: CopyTable) => (client as Record<string, Delegate>)[table.delegate];

export const tableMatches = (t: TableReport) => t.sourceRows === t.targetRows && t.sourceChecksum === t.targetChecksum;

/** The copy did not arrive intact; it was rolled back. */
export class CopyMismatchError extends AppError {
  constructor(readonly tables: TableReport[]) {
    super("dbCopyMismatch", { tables: tables.filter((t) => !tableMatches(t)).map((t) => t.model).join(", ") });
  }
}

// A large database takes a while: Prisma's 5 s default would abort the copy midway (and roll it back).
const LONG_TRANSACTION = { maxWait: 30_000, timeout: 6 * 60 * 60_000 };

async function* batches(client: unknown, table: CopyTable, size: number): AsyncGenerator<Row[]> {
  const orderBy = table.orderBy.map((field) => ({ [field]: "asc" as const }));
  for (let skip = 0; ; skip += size) {
    const rows = await delegate(client, table).findMany({ orderBy, skip, take: size });
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

async function emptyTarget(client: unknown, plan: CopyTable[], force: boolean): Promise<void> {
  for (const table of plan) {
    const rows = await delegate(client, table).count();
    if (rows > 0 && !force) throw new AppError("dbCopyTargetNotEmpty", { table: table.model });
  }
  for (const table of [...plan].reverse()) await delegate(client, table).deleteMany();
}

/** PostgreSQL hands out ids from a sequence that copied rows did not advance: move it past the largest id. */
async function resetSequence(client: Pick<Db, "$queryRawUnsafe">, table: CopyTable): Promise<void> {
  const column = `"${table.serialColumn}"`;
  const name = `'"${table.table}"'`;
  await client.$queryRawUnsafe(`SELECT setval(pg_get_serial_sequence(${name}, '${table.serialColumn}'), COALESCE(MAX(${column}), 0) + 1, false) FROM "${table.table}"`);
}

/**
 * Copies every table of the plan from one database into another (SQLite or PostgreSQL, either way), keeping ids.
 * Source reads share one snapshot and target writes one transaction, which commits only when every table's row
 * count and checksum read back from the target equal the source's; otherwise it throws CopyMismatchError.
 */
export async function copyDatabase(from: CopyEnd, to: CopyEnd, options: CopyOptions): Promise<TableReport[]> {
  const size = options.batchSize ?? 1000;
  return from.db.$transaction(async (source) => {
    if (isPostgresUrl(from.url)) await source.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    return to.db.$transaction(async (target) => {
      await emptyTarget(target, options.plan, options.force ?? false);
      const reports: TableReport[] = [];
      for (const table of options.plan) {
        const fields = table.columns.map((c) => c.field);
        const sourceSum = new TableChecksum(fields);
        for await (const rows of batches(source, table, size)) {
          sourceSum.add(rows);
          await delegate(target, table).createMany({ data: rows });
        }
        if (table.serialColumn && isPostgresUrl(to.url)) await resetSequence(target, table);
        const targetSum = new TableChecksum(fields);
        for await (const rows of batches(target, table, size)) targetSum.add(rows);
        const report = { model: table.model, sourceRows: sourceSum.rows, targetRows: targetSum.rows, sourceChecksum: sourceSum.digest(), targetChecksum: targetSum.digest() };
        options.onTable?.(report);
        reports.push(report);
      }
      if (!reports.every(tableMatches)) throw new CopyMismatchError(reports);
      return reports;
    }, LONG_TRANSACTION);
  }, LONG_TRANSACTION);
}
