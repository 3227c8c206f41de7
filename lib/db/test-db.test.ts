import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./test-db";

let testDb: TestDb;
beforeAll(async () => (testDb = await createTestDb()));
afterAll(() => testDb.dispose());

describe("createTestDb", () => {
  it("gives a migrated, empty database on the provider TEST_DATABASE selects", async () => {
    const postgres = process.env.TEST_DATABASE === "postgres";
    expect(testDb.url.startsWith(postgres ? "postgresql:" : "file:")).toBe(true);
    const [row] = await testDb.db.$queryRawUnsafe<{ v: string }[]>(postgres ? "SELECT version() AS v" : "SELECT 'SQLite ' || sqlite_version() AS v");
    expect(row.v).toMatch(postgres ? /^PostgreSQL/ : /^SQLite/);
    expect(await testDb.db.document.count()).toBe(0);
  });
});
