import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { seedReviewDocument } from "@/lib/db/review-fixture";
import { createTestDb } from "@/lib/db/test-db";
import { checkDocumentQuality, checkParagraphQuality, rowWarnings } from "./check-quality";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

describe("quality use cases", () => {
  it("lists warnings per paragraph, using the glossary of the language pair", async () => {
    await db.glossaryTerm.create({ data: { source: "bansos", target: "social aid" } });
    const { documentId, ids } = await seedReviewDocument(db, [
      { source: "Judul tanpa terjemahan." },
      { source: "Pemerintah membagikan bansos Rp 1,5 triliun.", machine: "The government handed out welfare worth Rp1.5 billion." },
      { source: "Kim tiba.", machine: "Kim arrived." },
    ]);
    expect(await checkDocumentQuality(db, documentId)).toEqual([
      {
        paragraphId: ids[1],
        position: 1,
        warnings: [
          { code: "numberChanged", params: { source: "1,5 triliun", target: "1.5 billion" } },
          { code: "glossaryMissing", params: { source: "bansos", target: "social aid" } },
        ],
      },
    ]);
    expect(await checkParagraphQuality(db, ids[2])).toEqual([]);
    expect(await checkParagraphQuality(db, ids[2], " ")).toEqual([{ code: "targetEmpty", params: {} }]);
    expect(await checkParagraphQuality(db, ids[0])).toEqual([]);
  });

  it("answers unknown ids with 404 errors", async () => {
    await expect(checkDocumentQuality(db, 999_999)).rejects.toMatchObject({ code: "documentNotFound", status: 404 });
    await expect(checkParagraphQuality(db, 999_999)).rejects.toMatchObject({ code: "paragraphNotFound", status: 404 });
  });
});

describe("rowWarnings", () => {
  const glossary = [{ source: "bansos", target: "social aid" }];
  it("checks a row's stored English against the glossary, whatever its status", () => {
    const texts = { sourceText: "Bansos naik 2.000 persen.", targetText: "Welfare rose 2,000 percent." };
    expect(rowWarnings({ ...texts, status: "reviewed" }, glossary)).toEqual([{ code: "glossaryMissing", params: { source: "bansos", target: "social aid" } }]);
    expect(rowWarnings({ ...texts, targetText: "Social aid rose 2,000 percent.", status: "machine" }, glossary)).toEqual([]);
  });

  it("has nothing to say about a row without English yet", () => {
    expect(rowWarnings({ sourceText: "Kim tiba.", targetText: null, status: "untranslated" }, glossary)).toEqual([]);
  });
});
