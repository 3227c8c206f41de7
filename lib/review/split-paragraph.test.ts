import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { seedReviewDocument } from "@/lib/db/review-fixture";
import { createTestDb } from "@/lib/db/test-db";
import { listHistory } from "./list-history";
import { mergeParagraphs } from "./merge-paragraphs";
import { saveTarget } from "./save-target";
import { splitParagraph } from "./split-paragraph";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

async function rows(documentId: number) {
  return (await getBilingualDocument(db, documentId))!.paragraphs.map((p) => [p.position, p.sourceText, p.targetText, p.status]);
}

const source = "Kim tiba di Rusia. Ia bertemu Putin.";
const english = "Kim arrived in Russia. He met Putin.";

describe("splitParagraph and mergeParagraphs", () => {
  it("splits both languages, shifts later paragraphs, and merging restores the text with both histories", async () => {
    const { documentId, ids } = await seedReviewDocument(db, [{ source: "Judul." }, { source, machine: english }, { source: "Penutup.", machine: "Closing." }]);
    await saveTarget(db, { paragraphId: ids[1], text: english, expectedVersion: 2, status: "reviewed" });

    const split = await splitParagraph(db, { paragraphId: ids[1], expectedVersion: 3, cursor: { side: "source", offset: 19 } });
    expect(split.ok).toBe(true);
    expect(await rows(documentId)).toEqual([
      [0, "Judul.", null, "untranslated"],
      [1, "Kim tiba di Rusia.", "Kim arrived in Russia.", "edited"],
      [2, "Ia bertemu Putin.", "He met Putin.", "edited"],
      [3, "Penutup.", "Closing.", "machine"],
    ]);
    if (!split.ok) return;
    const [head, tail] = split.paragraphs;
    expect((await listHistory(db, tail.id)).map((r) => [r.field, r.text])).toEqual([
      ["target", "He met Putin."],
      ["source", "Ia bertemu Putin."],
    ]);
    expect((await listHistory(db, head.id)).map((r) => r.text)).toContain(source);

    const merged = await mergeParagraphs(db, { paragraphId: head.id, expectedVersion: head.version, nextExpectedVersion: tail.version });
    expect(merged).toMatchObject({ ok: true, paragraph: { sourceText: source, targetText: english, machineText: english, status: "edited" } });
    expect(await rows(documentId)).toEqual([
      [0, "Judul.", null, "untranslated"],
      [1, source, english, "edited"],
      [2, "Penutup.", "Closing.", "machine"],
    ]);
    const history = await listHistory(db, ids[1]);
    expect(history.filter((r) => r.text === "He met Putin.")).toHaveLength(1);
    expect(history.filter((r) => r.origin === "import")).toHaveLength(1);
  });

  it("refuses a merge when either paragraph moved on, writing nothing", async () => {
    const { documentId, ids } = await seedReviewDocument(db, [{ source: "A.", machine: "A." }, { source: "B.", machine: "B." }]);
    await saveTarget(db, { paragraphId: ids[1], text: "B!", expectedVersion: 2 });
    expect(await mergeParagraphs(db, { paragraphId: ids[0], expectedVersion: 2, nextExpectedVersion: 2 })).toMatchObject({ ok: false, current: { id: ids[1], targetText: "B!", version: 3 } });
    expect(await rows(documentId)).toEqual([[0, "A.", "A.", "machine"], [1, "B.", "B!", "edited"]]);
    expect(await listHistory(db, ids[0])).toHaveLength(1);
  });

  it("refuses to merge the last paragraph or split at an edge", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Satu-satunya." }]);
    await expect(mergeParagraphs(db, { paragraphId: ids[0], expectedVersion: 1, nextExpectedVersion: 1 })).rejects.toMatchObject({ code: "noNextParagraph" });
    await expect(splitParagraph(db, { paragraphId: ids[0], expectedVersion: 1, cursor: { side: "source", offset: 0 } })).rejects.toMatchObject({ code: "splitAtEdge" });
  });

  it("keeps positions contiguous when several paragraphs are split and merged at once", async () => {
    const { documentId, ids } = await seedReviewDocument(db, [{ source, machine: english }, { source, machine: english }, { source, machine: english }]);
    const splits = await Promise.all(ids.map((paragraphId) => splitParagraph(db, { paragraphId, expectedVersion: 2, cursor: { side: "source", offset: 19 } })));
    expect(splits.every((result) => result.ok)).toBe(true);
    expect((await rows(documentId)).map(([position, text]) => [position, text])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i, i % 2 === 0 ? "Kim tiba di Rusia." : "Ia bertemu Putin."]));
    const heads = splits.map((result) => (result.ok ? result.paragraphs : null)!);
    await Promise.all(heads.map(([head, tail]) => mergeParagraphs(db, { paragraphId: head.id, expectedVersion: head.version, nextExpectedVersion: tail.version })));
    expect(await rows(documentId)).toEqual([0, 1, 2].map((i) => [i, source, english, "machine"]));
  });

  it("answers a stale split with a conflict", async () => {
    const { ids } = await seedReviewDocument(db, [{ source, machine: english }]);
    expect(await splitParagraph(db, { paragraphId: ids[0], expectedVersion: 1, cursor: { side: "source", offset: 19 } })).toMatchObject({ ok: false, current: { version: 2 } });
  });
});
