import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { insertParagraphs } from "./insert-paragraphs";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
});
afterAll(() => dispose());

describe("insertParagraphs", () => {
  it("stores rows exactly as Prisma would, schema defaults included", async () => {
    const { id } = await db.document.create({ data: { title: "Uji", originKind: "paste" } });
    const before = Date.now();
    await insertParagraphs(db, id, [
      { kind: "body", dateline: "TEMPO.CO, Jakarta - ", sourceText: "Kim tiba. ‘Kutip’ O'Brien; DROP TABLE x;" },
      { kind: "credit", sourceText: "REUTERS", targetText: "REUTERS" },
    ]);
    const rows = await db.paragraph.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.position, r.kind, r.dateline, r.sourceText, r.targetText, r.status, r.version, r.sourceStale, r.machineText])).toEqual([
      [0, "body", "TEMPO.CO, Jakarta - ", "Kim tiba. ‘Kutip’ O'Brien; DROP TABLE x;", null, "untranslated", 1, false, null],
      [1, "credit", null, "REUTERS", "REUTERS", "reviewed", 1, false, null],
    ]);
    expect(rows[0].createdAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(rows[0].updatedAt).toEqual(rows[0].createdAt);
  });

  it("splits long documents into several statements, positions continuing", async () => {
    const { id } = await db.document.create({ data: { title: "Panjang", originKind: "paste" } });
    await insertParagraphs(db, id, Array.from({ length: 2_345 }, (_, i) => ({ kind: "body" as const, sourceText: `Kalimat ${i}.` })));
    expect(await db.paragraph.count({ where: { documentId: id } })).toBe(2_345);
    const last = await db.paragraph.findFirst({ where: { documentId: id }, orderBy: { position: "desc" } });
    expect(last).toMatchObject({ position: 2_344, sourceText: "Kalimat 2344." });
  });
});
