import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { rememberTranslations } from "@/lib/db/memory";
import { createTestDb } from "@/lib/db/test-db";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";
import { getTranslationProgress } from "./job-control";
import { previewTranslation } from "./preview-translation";
import { seedDocument, testTranslator, translateNow } from "./test-helpers";

let db: Db;
let dispose: () => Promise<void>;
let fake: FakeDeepl;
beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  fake = await startFakeDeepl({ faults: { characterLimit: 500_000 } });
});
afterAll(async () => {
  await fake.close();
  await dispose();
});
beforeEach(() => fake.reset());

describe("previewTranslation", () => {
  it("counts what would be billed after memory hits, and the remaining quota", async () => {
    await rememberTranslations(db, [{ sourceLang: "id", targetLang: "en-US", sourceText: "Sudah dikenal.", targetText: "Known.", origin: "machine" }]);
    const { documentId } = await seedDocument(db, [
      "Sudah dikenal.",
      "Baru sekali.",
      "Baru sekali.",
      "Ünïcode ✓.",
      { kind: "credit", sourceText: "REUTERS" },
      { kind: "body", sourceText: "Ada terjemahan.", targetText: "Has English." },
    ]);
    await translateNow(db, (await seedDocument(db, ["Sudah ditagih sebelumnya."])).documentId, testTranslator(fake.url));

    const preview = await previewTranslation(db, documentId, testTranslator(fake.url));
    expect(preview).toEqual({
      documentId,
      paragraphs: 5,
      fromMemory: 1,
      verbatim: 1,
      toSend: 3,
      charactersToBill: "Baru sekali.".length + 10,
      requests: 1,
      keyConfigured: true,
      quota: { characterCount: 25, characterLimit: 500_000, remaining: 499_975 },
      quotaErrorCode: null,
    });
    expect(fake.stats().translateRequests).toBe(1);
  });

  it("still counts without a key, and says why the quota is unknown with a bad one", async () => {
    const { documentId } = await seedDocument(db, ["Satu kalimat."]);
    expect(await previewTranslation(db, documentId, null)).toMatchObject({ charactersToBill: 13, keyConfigured: false, quota: null, quotaErrorCode: null });
    expect(await previewTranslation(db, documentId, testTranslator(fake.url, "an-invalid-key"))).toMatchObject({ quota: null, quotaErrorCode: "deeplBadKey" });
    await expect(previewTranslation(db, 999_999, null)).rejects.toMatchObject({ code: "documentNotFound" });
  });
});

describe("getTranslationProgress", () => {
  it("reports the latest job with its percentage, or null before any", async () => {
    const { documentId } = await seedDocument(db, ["Kemajuan satu.", "Kemajuan dua."]);
    expect(await getTranslationProgress(db, documentId)).toBeNull();
    await translateNow(db, documentId, testTranslator(fake.url));
    expect(await getTranslationProgress(db, documentId)).toMatchObject({ state: "done", total: 2, done: 2, percent: 100, active: false });
  });
});
