import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { findParagraphRecord, updateParagraphAtVersion } from "./paragraph-versions";
import { seedReviewDocument } from "./review-fixture";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

describe("paragraph versions", () => {
  it("reads a paragraph with its document's languages", async () => {
    const { documentId, ids } = await seedReviewDocument(db, [{ source: "Kim tiba.", machine: "Kim arrived." }]);
    expect(await findParagraphRecord(db, ids[0])).toMatchObject({
      id: ids[0],
      documentId,
      position: 0,
      sourceText: "Kim tiba.",
      targetText: "Kim arrived.",
      status: "machine",
      sourceStale: false,
      version: 2,
      document: { sourceLang: "id", targetLang: "en-US" },
    });
    expect(await findParagraphRecord(db, 999_999)).toBeNull();
  });

  it("updates only from the expected version, so the second of two racing writers fails", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Putin tiba.", machine: "Putin arrived." }]);
    expect(await updateParagraphAtVersion(db, ids[0], 2, { targetText: "First.", sourceStale: true })).toBe(true);
    expect(await updateParagraphAtVersion(db, ids[0], 2, { targetText: "Second." })).toBe(false);
    expect(await findParagraphRecord(db, ids[0])).toMatchObject({ targetText: "First.", sourceStale: true, version: 3, status: "machine" });
  });

  it("can clear a field and still move the version on with an empty change", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Satu.", machine: "One." }]);
    await updateParagraphAtVersion(db, ids[0], 2, { targetText: null, candidateText: null });
    await updateParagraphAtVersion(db, ids[0], 3, {});
    expect(await findParagraphRecord(db, ids[0])).toMatchObject({ targetText: null, version: 4 });
  });
});
