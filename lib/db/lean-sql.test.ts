import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { Prisma } from "./generated/client";
import { leanSql, leanTransaction, sqlRunner, toSqlQuery } from "./lean-sql";
import { seedReviewDocument } from "./review-fixture";
import { createTestDb } from "./test-db";
import { isUniqueViolation } from "./unique-violation";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

const settingValue = async (key: string) => (await db.setting.findUnique({ where: { key } }))?.value ?? null;
const insertSetting = (key: string, value: string) => Prisma.sql`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (${key}, ${value}, ${new Date()})`;

describe("toSqlQuery", () => {
  it("writes each provider's placeholders and types every value for the adapter", () => {
    const sql = Prisma.sql`UPDATE t SET a = ${"x"}, b = ${2}, c = ${1.5}, d = ${true}, e = ${new Date(0)}, f = ${null} WHERE g = ${3n}`;
    expect(toSqlQuery(sql, "sqlite").sql).toBe("UPDATE t SET a = ?, b = ?, c = ?, d = ?, e = ?, f = ? WHERE g = ?");
    expect(toSqlQuery(sql, "postgres").sql).toBe("UPDATE t SET a = $1, b = $2, c = $3, d = $4, e = $5, f = $6 WHERE g = $7");
    expect(toSqlQuery(sql, "sqlite").argTypes.map((type) => type.scalarType)).toEqual(["string", "int", "float", "boolean", "datetime", "unknown", "bigint"]);
  });

  it("refuses a value it cannot bind rather than guessing", () => {
    expect(() => toSqlQuery(Prisma.sql`SELECT ${{ a: 1 } as unknown as string}`, "sqlite")).toThrow(/cannot bind/);
  });
});

describe("lean SQL", () => {
  it("reads rows exactly as Prisma's raw queries do", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Kim tiba.", machine: "Kim arrived." }]);
    const query = Prisma.sql`SELECT "id", "sourceText", "targetText", "sourceStale", "version", "createdAt" FROM "Paragraph" WHERE "id" = ${ids[0]}`;
    const lean = await (await leanSql(db)).query(query);
    expect(lean).toEqual(await db.$queryRaw(query));
    expect(lean[0]).toMatchObject({ sourceText: "Kim tiba.", sourceStale: false });
  });

  it("commits a transaction's writes together", async () => {
    await leanTransaction(db, async (tx) => {
      await tx.execute(insertSetting("lean-a", "1"));
      await tx.execute(insertSetting("lean-b", "2"));
    });
    expect([await settingValue("lean-a"), await settingValue("lean-b")]).toEqual(["1", "2"]);
  });

  it("rolls every write back when the work fails, and rethrows its error", async () => {
    const failed = leanTransaction(db, async (tx) => {
      await tx.execute(insertSetting("lean-c", "1"));
      throw new Error("stop");
    });
    await expect(failed).rejects.toThrow("stop");
    expect(await settingValue("lean-c")).toBeNull();
  });

  it("raises a duplicate as a unique violation and leaves the transaction's other writes out", async () => {
    const failed = leanTransaction(db, async (tx) => {
      await tx.execute(insertSetting("lean-d", "1"));
      await tx.execute(insertSetting("lean-d", "2"));
    });
    expect(isUniqueViolation(await failed.catch((error: unknown) => error))).toBe(true);
    expect(await settingValue("lean-d")).toBeNull();
  });

  it("takes turns with Prisma's own transactions instead of failing on the lock", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const prisma = db.$transaction(async (tx) => {
      await sqlRunner(tx).execute(insertSetting("lean-e", "prisma"));
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lean = leanTransaction(db, (tx) => tx.execute(Prisma.sql`UPDATE "Setting" SET "value" = ${"lean"} WHERE "key" = ${"lean-e"}`));
    release();
    await prisma;
    expect(await lean).toBe(1);
    expect(await settingValue("lean-e")).toBe("lean");
  });

  it("reconnects after the client was disconnected", async () => {
    await db.$disconnect();
    const rows = await (await leanSql(db)).query<{ one: number }>(Prisma.sql`SELECT 1 AS "one"`);
    expect(Number(rows[0].one)).toBe(1);
  });
});

describe("lean transactions under concurrency", () => {
  it("commits every one of many concurrent transactions, and keeps one failure to itself", async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `lean-many-${i}`);
    const outcomes = await Promise.allSettled([
      ...keys.map((key) => leanTransaction(db, (tx) => tx.execute(insertSetting(key, "1")))),
      leanTransaction(db, async (tx) => {
        await tx.execute(insertSetting("lean-many-failed", "1"));
        throw new Error("refused");
      }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(20);
    expect(await db.setting.count({ where: { key: { startsWith: "lean-many-" } } })).toBe(20);
    expect(await settingValue("lean-many-failed")).toBeNull();
  });
});
