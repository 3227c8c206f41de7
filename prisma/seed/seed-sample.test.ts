import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { createTestDb } from "@/lib/db/test-db";
import { seedSample } from "./seed-sample";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

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
});
