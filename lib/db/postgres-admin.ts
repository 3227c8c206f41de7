import pg from "pg";
import { postgresConfig, withDatabase } from "./database-url";

const MAINTENANCE_DATABASE = "postgres";
const UNDEFINED_TABLE = "42P01";
const DUPLICATE_DATABASE = "42P04";

async function onMaintenanceDatabase<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(withDatabase(serverUrl, MAINTENANCE_DATABASE));
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** CREATE DATABASE on the server of `serverUrl` (whatever database that URL names). */
export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenanceDatabase(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
}

/** Drops a database even while sessions are still connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenanceDatabase(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return onMaintenanceDatabase(serverUrl, async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return result.rowCount === 1;
  });
}

/** Database names starting with `prefix`, for cleaning up after a test run. */
export async function listDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  return onMaintenanceDatabase(serverUrl, async (client) => {
    const result = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    return result.rows.map((row) => row.datname);
  });
}

/**
 * Whether every migration folder is applied on the database, read from Prisma's own table. Lets `db:migrate` skip
 * `prisma migrate deploy`, which on PostgreSQL always lingers ~10 s after its work (a timer in its engine).
 */
export async function hasAppliedAll(url: string, migrations: readonly string[]): Promise<boolean> {
  const client = new pg.Client(postgresConfig(url));
  await client.connect();
  try {
    const result = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(result.rows.map((row) => row.migration_name));
    return migrations.every((name) => applied.has(name));
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return false;
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Creates the database a URL names when the server does not have it yet; true when it did. Another instance
 * creating it at the same moment is no error.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = postgresConfig(url).database;
  if (!name || (await databaseExists(url, name))) return false;
  try {
    await createDatabase(url, name);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === DUPLICATE_DATABASE) return false;
    throw error;
  }
}
