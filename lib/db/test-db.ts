import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "./client";
import { isPostgresUrl } from "./database-url";
import { migrationNames, migrationSql } from "./schema/migrations";
import { createPostgresTestDb } from "./test-db-postgres";

export interface TestDb {
  db: Db;
  url: string;
  dispose: () => Promise<void>;
}

/** Applies the committed migrations to a fresh SQLite file, as `prisma migrate deploy` would. */
function migrate(file: string): void {
  const sqlite = new Database(file);
  for (const name of migrationNames("sqlite")) sqlite.exec(migrationSql("sqlite", name));
  sqlite.close();
}

export async function createSqliteTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-test-"));
  const file = path.join(dir, "test.db");
  migrate(file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    dispose: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A private, migrated database for one test file; `dispose` removes it. SQLite by default;
 * with TEST_DATABASE=postgres a fresh PostgreSQL database (see `npm run test:unit:pg`).
 */
export async function createTestDb(): Promise<TestDb> {
  return process.env.TEST_DATABASE === "postgres" ? createPostgresTestDb() : createSqliteTestDb();
}

/**
 * Makes the database refuse inserts into `table` whose `column` equals `value`, so tests can
 * prove a use case writes everything or nothing. Returns the function that lifts the refusal.
 */
export async function refuseInserts(testDb: TestDb, table: string, column: string, value: string): Promise<() => Promise<void>> {
  const literal = `'${value.replaceAll("'", "''")}'`;
  if (isPostgresUrl(testDb.url)) {
    await testDb.db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_test_insert() RETURNS trigger AS $$ BEGIN IF NEW."${column}" = ${literal} THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await testDb.db.$executeRawUnsafe(`CREATE TRIGGER refuse_test_insert BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_test_insert()`);
    return async () => {
      await testDb.db.$executeRawUnsafe(`DROP TRIGGER refuse_test_insert ON "${table}"`);
      await testDb.db.$executeRawUnsafe(`DROP FUNCTION refuse_test_insert()`);
    };
  }
  await testDb.db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_test_insert BEFORE INSERT ON "${table}" WHEN NEW."${column}" = ${literal} BEGIN SELECT RAISE(ABORT, 'refused'); END`,
  );
  return async () => {
    await testDb.db.$executeRawUnsafe(`DROP TRIGGER refuse_test_insert`);
  };
}
