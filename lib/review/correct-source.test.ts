import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { seedReviewDocument } from "@/lib/db/review-fixture";
import { createTestDb } from "@/lib/db/test-db";
import { correctSource } from "./correct-source";
import { listHistory } from "./list-history";
import { markReviewed } from "./mark-reviewed";
import { restoreRevision } from "./restore-revision";
import { saveTarget } from "./save-target";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

describe("correctSource", () => {
  it("keeps the English, flags it stale until reviewed, and keeps the original in history", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Kim tibba di Rusia.", machine: "Kim arrived in Russia." }]);
    const corrected = await correctSource(db, { paragraphId: ids[0], text: "Kim tiba di Rusia.", expectedVersion: 2 });
    expect(corrected).toMatchObject({ ok: true, paragraph: { sourceText: "Kim tiba di Rusia.", targetText: "Kim arrived in Russia.", status: "machine", sourceStale: true, version: 3 } });
    const history = await listHistory(db, ids[0]);
    expect(history.map((r) => [r.field, r.text, r.origin])).toEqual([
      ["source", "Kim tiba di Rusia.", "human"],
      ["target", "Kim arrived in Russia.", "machine"],
      ["source", "Kim tibba di Rusia.", "import"],
    ]);
    expect(await saveTarget(db, { paragraphId: ids[0], text: "Kim reached Russia.", expectedVersion: 3 })).toMatchObject({ paragraph: { sourceStale: true } });
    expect(await markReviewed(db, { paragraphId: ids[0], expectedVersion: 4 })).toMatchObject({ paragraph: { sourceStale: false, status: "reviewed" } });
  });

  it("records the original only once and refuses an empty source or a stale version", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Satu." }]);
    // Without English there is nothing to flag as stale.
    expect(await correctSource(db, { paragraphId: ids[0], text: "Satu!", expectedVersion: 1 })).toMatchObject({ ok: true, paragraph: { sourceStale: false } });
    await correctSource(db, { paragraphId: ids[0], text: "Satu?", expectedVersion: 2 });
    expect((await listHistory(db, ids[0])).map((r) => r.origin)).toEqual(["human", "human", "import"]);
    expect(await correctSource(db, { paragraphId: ids[0], text: "Satu.", expectedVersion: 2 })).toMatchObject({ ok: false, current: { sourceText: "Satu?", version: 3 } });
    await expect(correctSource(db, { paragraphId: ids[0], text: " ", expectedVersion: 3 })).rejects.toMatchObject({ code: "emptySource" });
    expect(await listHistory(db, ids[0])).toHaveLength(3);
  });
});

describe("restoreRevision", () => {
  it("restores an earlier English as a new revision, needing review again", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Putin menerima undangan.", machine: "Putin accepted the invitation." }]);
    await saveTarget(db, { paragraphId: ids[0], text: "Putin took up the invitation.", expectedVersion: 2, status: "reviewed" });
    const machine = (await listHistory(db, ids[0])).find((r) => r.origin === "machine")!;
    const restored = await restoreRevision(db, { paragraphId: ids[0], revisionId: machine.id, expectedVersion: 3 });
    expect(restored).toMatchObject({ ok: true, paragraph: { targetText: "Putin accepted the invitation.", status: "machine", version: 4 } });
    expect((await listHistory(db, ids[0])).map((r) => [r.origin, r.version])).toEqual([["restore", 4], ["human", 3], ["machine", 2]]);
  });

  it("restores an earlier Indonesian and flags the English", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Asli.", machine: "Original." }]);
    await correctSource(db, { paragraphId: ids[0], text: "Salah koreksi.", expectedVersion: 2 });
    const original = (await listHistory(db, ids[0])).find((r) => r.origin === "import")!;
    expect(await restoreRevision(db, { paragraphId: ids[0], revisionId: original.id, expectedVersion: 3 })).toMatchObject({
      ok: true,
      paragraph: { sourceText: "Asli.", targetText: "Original.", sourceStale: true },
    });
  });

  it("refuses a revision of another paragraph", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "A.", machine: "A." }, { source: "B.", machine: "B." }]);
    const other = (await listHistory(db, ids[1]))[0];
    await expect(restoreRevision(db, { paragraphId: ids[0], revisionId: other.id, expectedVersion: 2 })).rejects.toMatchObject({ code: "revisionNotFound", status: 404 });
  });
});
