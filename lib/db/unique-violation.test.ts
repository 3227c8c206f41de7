import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { createTestDb } from "./test-db";
import { isUniqueViolation } from "./unique-violation";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

const failure = (write: Promise<unknown>) => write.then(() => null, (error: unknown) => error);

describe("isUniqueViolation", () => {
  it("recognises a duplicate from a model query and from raw SQL, and nothing else", async () => {
    await db.setting.create({ data: { key: "k", value: "v" } });
    expect(isUniqueViolation(await failure(db.setting.create({ data: { key: "k", value: "w" } })))).toBe(true);
    const now = new Date();
    expect(isUniqueViolation(await failure(db.$executeRaw`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('k', 'x', ${now})`))).toBe(true);
    expect(isUniqueViolation(await failure(db.$executeRaw`INSERT INTO "Nowhere" ("key") VALUES ('k')`))).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
  });
});
