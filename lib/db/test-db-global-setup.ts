import { randomBytes } from "node:crypto";
import { dropDatabase, listDatabases } from "./postgres-admin";
import { scratchPostgresUrl } from "./scratch-postgres";

/**
 * Vitest global setup: gives this run's PostgreSQL test databases a common prefix (test workers inherit the
 * environment), so the teardown can drop any that a crashed test file could not, without touching other runs'.
 */
export default function setup(): (() => Promise<void>) | void {
  if (process.env.TEST_DATABASE !== "postgres") return;
  const prefix = `selaras_test_${randomBytes(3).toString("hex")}_`;
  process.env.SELARAS_TEST_DB_PREFIX = prefix;
  return async () => {
    const url = scratchPostgresUrl();
    for (const name of await listDatabases(url, prefix)) await dropDatabase(url, name);
  };
}
