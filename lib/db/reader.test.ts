import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { createDocument } from "./documents";
import { getDocumentOverview, listParagraphs } from "./reader";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
let id: number;

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  id = await createDocument(db, {
    title: "Lima paragraf",
    originKind: "paste",
    paragraphs: ["Satu.", "Dua.", "Tiga.", "Empat.", "Lima."].map((sourceText, i) => ({
      kind: "body" as const,
      sourceText,
      targetText: i < 2 ? `English ${i}.` : undefined,
    })),
  });
});
afterAll(() => dispose());

describe("reader queries", () => {
  it("gives a document's facts and progress without its paragraphs", async () => {
    const overview = await getDocumentOverview(db, id);
    expect(overview).toMatchObject({ id, title: "Lima paragraf", targetLang: "en-US", progress: { paragraphs: 5, translated: 2, reviewed: 2 } });
    expect(overview).not.toHaveProperty("paragraphs");
    expect(await getDocumentOverview(db, 9999)).toBeNull();
  });

  it("lists a slice of paragraphs in reading order", async () => {
    expect((await listParagraphs(db, id, 1, 3)).map((p) => [p.position, p.sourceText])).toEqual([
      [1, "Dua."],
      [2, "Tiga."],
      [3, "Empat."],
    ]);
    expect(await listParagraphs(db, id, 5, 10)).toEqual([]);
  });
});
