import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { isPostgresUrl } from "@/lib/db/database-url";
import { getBilingualDocument } from "@/lib/db/documents";
import { createTestDb, type TestDb } from "@/lib/db/test-db";
import { seedSample } from "./seed-sample";

let testDb: TestDb;
let db: Db;
beforeAll(async () => ({ db } = testDb = await createTestDb()));
afterAll(() => testDb.dispose());

describe("seedSample", () => {
  it("loads the Tempo article with reviewed English, once", async () => {
    const id = await seedSample(db);
    expect(id).not.toBeNull();
    const document = await getBilingualDocument(db, id!);
    expect(document?.paragraphs).toHaveLength(16);
    expect(document?.paragraphs.every((p) => p.status === "reviewed" && p.targetText)).toBe(true);
    expect(document?.paragraphs[0].dateline).toBe("TEMPO.CO, Jakarta - ");
    expect(document?.paragraphs[0].targetText).toMatch(/^North Korean leader/);
    const revisions = await db.revision.findMany({ where: { paragraph: { documentId: id! } } });
    expect(revisions).toHaveLength(16);
    expect(new Set(revisions.map((r) => r.origin))).toEqual(new Set(["seed"]));
    expect(await seedSample(db)).toBeNull();
    expect(await db.document.count()).toBe(1);
  });

  it("loads one sample when instances seed a fresh database at the same time", async () => {
    const fresh = await createTestDb();
    // Separate clients on PostgreSQL, as separate servers would be; on SQLite one client, since clients in one
    // process would block each other's thread on the file lock (better-sqlite3 waits synchronously).
    const clientFor = () => (isPostgresUrl(fresh.url) ? createDb(fresh.url) : fresh.db);
    const instances = [clientFor(), clientFor(), clientFor()];
    try {
      const ids = await Promise.all(instances.map((instance) => seedSample(instance)));
      expect(ids.filter((id) => id !== null)).toHaveLength(1);
      expect(await fresh.db.document.count()).toBe(1);
      expect(await fresh.db.revision.count()).toBe(16);
    } finally {
      await Promise.all(instances.filter((instance) => instance !== fresh.db).map((instance) => instance.$disconnect()));
      await fresh.dispose();
    }
  });
});
