import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { deleteParagraph, findNextParagraphId, insertParagraph, shiftPositions } from "./paragraph-positions";
import { seedReviewDocument } from "./review-fixture";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

async function order(documentId: number): Promise<[number, string][]> {
  const rows = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { position: true, sourceText: true } });
  return rows.map((row) => [row.position, row.sourceText]);
}

describe("paragraph positions", () => {
  it("opens a gap after a paragraph and closes it again, keeping positions unique", async () => {
    const { documentId, ids } = await seedReviewDocument(db, ["A", "B", "C", "D"].map((source) => ({ source })));
    await shiftPositions(db, documentId, 1, 1);
    await insertParagraph(db, { documentId, position: 2, kind: "body", sourceText: "B2", targetText: null, machineText: null, status: "untranslated", sourceStale: false });
    expect(await order(documentId)).toEqual([[0, "A"], [1, "B"], [2, "B2"], [3, "C"], [4, "D"]]);
    await deleteParagraph(db, ids[2]);
    await shiftPositions(db, documentId, 3, -1);
    expect(await order(documentId)).toEqual([[0, "A"], [1, "B"], [2, "B2"], [3, "D"]]);
  });

  it("leaves other documents alone and finds the next paragraph", async () => {
    const one = await seedReviewDocument(db, [{ source: "X" }, { source: "Y" }]);
    const two = await seedReviewDocument(db, [{ source: "P" }, { source: "Q" }]);
    await shiftPositions(db, one.documentId, -1, 1);
    expect(await order(one.documentId)).toEqual([[1, "X"], [2, "Y"]]);
    expect(await order(two.documentId)).toEqual([[0, "P"], [1, "Q"]]);
    expect(await findNextParagraphId(db, two.documentId, 0)).toBe(two.ids[1]);
    expect(await findNextParagraphId(db, two.documentId, 1)).toBeNull();
  });
});
