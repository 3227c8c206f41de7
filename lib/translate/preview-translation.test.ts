import { describe, expect, it } from "vitest";
import { rememberTranslations } from "@/lib/db/memory";
import { getTranslationProgress } from "./job-control";
import { previewTranslation } from "./preview-translation";
import { seedDocument, testTranslator, translateNow } from "./test-helpers";
import { setUpTranslationTests } from "./test-env";

const env = setUpTranslationTests({ faults: { characterLimit: 500_000 } });

describe("previewTranslation", () => {
  it("counts what would be billed after memory hits, and the remaining quota", async () => {
    await rememberTranslations(env.db, [{ sourceLang: "id", targetLang: "en-US", sourceText: "Sudah dikenal.", targetText: "Known.", origin: "machine" }]);
    const { documentId } = await seedDocument(env.db, [
      "Sudah dikenal.",
      "Baru sekali.",
      "Baru sekali.",
      "Ünïcode ✓.",
      { kind: "credit", sourceText: "REUTERS" },
      { kind: "body", sourceText: "Ada terjemahan.", targetText: "Has English." },
    ]);
    await translateNow(env.db, (await seedDocument(env.db, ["Sudah ditagih sebelumnya."])).documentId, testTranslator(env.fake.url));

    const preview = await previewTranslation(env.db, documentId, testTranslator(env.fake.url));
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
    expect(env.fake.stats().translateRequests).toBe(1);
  });

  it("still counts without a key, and says why the quota is unknown with a bad one", async () => {
    const { documentId } = await seedDocument(env.db, ["Satu kalimat."]);
    expect(await previewTranslation(env.db, documentId, null)).toMatchObject({ charactersToBill: 13, keyConfigured: false, quota: null, quotaErrorCode: null });
    expect(await previewTranslation(env.db, documentId, testTranslator(env.fake.url, "an-invalid-key"))).toMatchObject({ quota: null, quotaErrorCode: "deeplBadKey" });
    await expect(previewTranslation(env.db, 999_999, null)).rejects.toMatchObject({ code: "documentNotFound" });
  });
});

describe("getTranslationProgress", () => {
  it("reports the latest job with its percentage, or null before any", async () => {
    const { documentId } = await seedDocument(env.db, ["Kemajuan satu.", "Kemajuan dua."]);
    expect(await getTranslationProgress(env.db, documentId)).toBeNull();
    await translateNow(env.db, documentId, testTranslator(env.fake.url));
    expect(await getTranslationProgress(env.db, documentId)).toMatchObject({ state: "done", total: 2, done: 2, percent: 100, active: false });
  });
});
