import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { createSqliteTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createSqliteTestDb()));
afterAll(() => dispose());

describe("createDb", () => {
  it("opens SQLite in WAL mode with synced commits and a busy timeout", async () => {
    const [[journal], [sync], [timeout]] = await Promise.all(
      ["journal_mode", "synchronous", "busy_timeout"].map((pragma) => db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`)),
    );
    expect(Object.values(journal)).toEqual(["wal"]);
    expect(Number(Object.values(sync)[0])).toBe(2);
    expect(Number(Object.values(timeout)[0])).toBe(5000);
  });
});
