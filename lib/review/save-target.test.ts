import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { lookupMemory } from "@/lib/db/memory";
import { seedReviewDocument } from "@/lib/db/review-fixture";
import { createTestDb } from "@/lib/db/test-db";
import { listHistory } from "./list-history";
import { markReviewed } from "./mark-reviewed";
import { saveTarget } from "./save-target";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

const pair = { sourceLang: "id", targetLang: "en-US" };

describe("saveTarget", () => {
  it("saves an edit with a revision and moves the version on", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Kim tiba di Rusia.", machine: "Kim arrived at Russia." }]);
    const result = await saveTarget(db, { paragraphId: ids[0], text: "Kim arrived in Russia.", expectedVersion: 2 });
    expect(result).toMatchObject({ ok: true, paragraph: { targetText: "Kim arrived in Russia.", status: "edited", version: 3, machineText: "Kim arrived at Russia." } });
    const history = await listHistory(db, ids[0]);
    expect(history.map((r) => [r.text, r.status, r.origin, r.version])).toEqual([
      ["Kim arrived in Russia.", "edited", "human", 3],
      ["Kim arrived at Russia.", "machine", "machine", 2],
    ]);
  });

  it("refuses a stale version with the current text, writing nothing", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Putin menerima undangan.", machine: "Putin accepted the invitation." }]);
    await saveTarget(db, { paragraphId: ids[0], text: "Tab one's text.", expectedVersion: 2 });
    const stale = await saveTarget(db, { paragraphId: ids[0], text: "Tab two's text.", expectedVersion: 2 });
    expect(stale).toMatchObject({ ok: false, current: { targetText: "Tab one's text.", status: "edited", version: 3 } });
    expect(await listHistory(db, ids[0])).toHaveLength(2);
  });

  it("lets exactly one of many simultaneous saves from the same version win", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Satu.", machine: "One." }]);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => saveTarget(db, { paragraphId: ids[0], text: `Try ${i}`, expectedVersion: 2 })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await listHistory(db, ids[0])).toHaveLength(2);
  });

  it("saves and approves at once, feeding the translation memory", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Harga beras naik.", machine: "Rice price up." }]);
    const result = await saveTarget(db, { paragraphId: ids[0], text: "Rice prices rose.", expectedVersion: 2, status: "reviewed" });
    expect(result).toMatchObject({ ok: true, paragraph: { status: "reviewed" } });
    expect((await lookupMemory(db, pair, ["Harga beras naik."])).get("Harga beras naik.")).toEqual({ targetText: "Rice prices rose.", origin: "reviewed" });
  });

  it("answers unknown paragraphs with a 404 error", async () => {
    await expect(saveTarget(db, { paragraphId: 999_999, text: "x", expectedVersion: 1 })).rejects.toMatchObject({ code: "paragraphNotFound", status: 404 });
  });
});

describe("markReviewed", () => {
  it("approves without editing, feeds the memory, and editing afterwards demotes to edited", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Kim dan Putin bertemu.", machine: "Kim and Putin met." }]);
    const reviewed = await markReviewed(db, { paragraphId: ids[0], expectedVersion: 2 });
    expect(reviewed).toMatchObject({ ok: true, paragraph: { status: "reviewed", version: 3, targetText: "Kim and Putin met." } });
    expect((await lookupMemory(db, pair, ["Kim dan Putin bertemu."])).get("Kim dan Putin bertemu.")?.origin).toBe("reviewed");
    const edited = await saveTarget(db, { paragraphId: ids[0], text: "Kim and Putin held talks.", expectedVersion: 3 });
    expect(edited).toMatchObject({ ok: true, paragraph: { status: "edited", version: 4 } });
  });

  it("answers a stale version with a conflict before judging the text", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Tanpa terjemahan." }]);
    expect(await markReviewed(db, { paragraphId: ids[0], expectedVersion: 7 })).toMatchObject({ ok: false, current: { version: 1 } });
    await expect(markReviewed(db, { paragraphId: ids[0], expectedVersion: 1 })).rejects.toMatchObject({ code: "reviewWithoutText" });
  });
});
