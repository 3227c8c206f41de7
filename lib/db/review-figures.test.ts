import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { seedReviewDocument } from "./review-fixture";
import { listReviewFigures } from "./review-figures";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

describe("listReviewFigures", () => {
  it("lists status, stale flag, machine and current English in reading order", async () => {
    const { documentId } = await seedReviewDocument(db, [{ source: "Kim tiba.", machine: "Kim arrived." }, { source: "Belum." }]);
    expect(await listReviewFigures(db, documentId)).toEqual([
      { status: "machine", sourceStale: false, machineText: "Kim arrived.", targetText: "Kim arrived." },
      { status: "untranslated", sourceStale: false, machineText: null, targetText: null },
    ]);
  });
});
