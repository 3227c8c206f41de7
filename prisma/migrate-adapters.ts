// Driver adapters for the Prisma CLI (migrate deploy / diff), working around three bugs of the 6.19 adapters.
import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { postgresConfig } from "../lib/db/database-url";
import { createDatabase, dropDatabase } from "../lib/db/postgres-admin";

/**
 * The migration engine applies each migration to the shadow database (`migrate diff --from-migrations`) with one
 * executeRaw, which better-sqlite3 refuses for more than one statement: run argument-less SQL there as a script.
 */
export class SqliteMigrateAdapter extends PrismaBetterSQLite3 {
  override async connectToShadowDb() {
    const adapter = await super.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  }
}

interface FieldDescription {
  dataTypeID: number;
}

/**
 * @prisma/adapter-pg 6.19 cannot decode the `name` (OID 19) and `"char"` (OID 18) columns that the migration
 * engine reads from pg_catalog (prisma/prisma#27403); they are plain text, so they are reported as `text` (OID 25).
 * Only the Prisma CLI loads this module; the app never reads those columns.
 */
const resultPrototype = pg.Result.prototype as unknown as { addFields(fields: FieldDescription[]): void };
const addFields = resultPrototype.addFields;
resultPrototype.addFields = function (fields) {
  addFields.call(this, fields.map((f) => (f.dataTypeID === 19 || f.dataTypeID === 18 ? { ...f, dataTypeID: 25 } : f)));
};

/**
 * PrismaPg with discrete connection fields, connections that let the CLI exit as soon as it is done, and a shadow
 * database that is dropped after its pool is closed (PrismaPg drops it first, which fails while it is in use).
 */
export class PostgresMigrateAdapter extends PrismaPg {
  readonly #url: string;

  constructor(url: string) {
    super({ ...postgresConfig(url), allowExitOnIdle: true });
    this.#url = url;
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await createDatabase(this.#url, database);
    const adapter = await new PrismaPg({ ...postgresConfig(this.#url), database, allowExitOnIdle: true }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await dropDatabase(this.#url, database);
    };
    return adapter;
  }
}
