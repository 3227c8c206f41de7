import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "./client";
import { withDatabase } from "./database-url";
import { createDatabase, dropDatabase } from "./postgres-admin";
import { migrationNames, migrationSql } from "./schema/migrations";
import { scratchPostgresUrl } from "./scratch-postgres";
import type { TestDb } from "./test-db";

/** Every test database of a run starts with this; the run's global teardown drops whatever a crash left behind. */
export function testDatabasePrefix(): string {
  return process.env.SELARAS_TEST_DB_PREFIX ?? "selaras_test_";
}

/** Applies the committed PostgreSQL migrations directly, as `prisma migrate deploy` would, in a fraction of its time. */
async function migrate(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client(withDatabase(serverUrl, database));
  await client.connect();
  try {
    for (const name of migrationNames("postgresql")) await client.query(migrationSql("postgresql", name));
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database on the scratch server, migrated; `dispose` drops it. */
export async function createPostgresTestDb(): Promise<TestDb> {
  const serverUrl = scratchPostgresUrl();
  const database = `${testDatabasePrefix()}${randomBytes(6).toString("hex")}`;
  await createDatabase(serverUrl, database);
  await migrate(serverUrl, database);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const db = createDb(url.toString());
  return {
    db,
    url: url.toString(),
    dispose: async () => {
      await db.$disconnect();
      await dropDatabase(serverUrl, database);
    },
  };
}
