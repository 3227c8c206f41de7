import { describe, expect, it } from "vitest";
import { claimJob } from "@/lib/db/translation-jobs";
import { resumeTranslation } from "./job-control";
import { runTranslationJob } from "./run-translation-job";
import { startDocumentTranslation } from "./start-translation";
import { codePoints, seedDocument, sentences, testTranslator, translateNow } from "./test-helpers";
import { setUpTranslationTests } from "./test-env";

const env = setUpTranslationTests();

const statusesOf = async (documentId: number) =>
  (await env.db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { status: true, translationError: true } }));

describe("translation faults", () => {
  it("pauses on an exhausted quota and resumes on request without billing anything twice", async () => {
    const texts = sentences("Kuota", 100);
    const { documentId } = await seedDocument(env.db, texts);
    env.fake.setFaults({ characterLimit: codePoints(texts.slice(0, 50)) + 10 });
    const translator = testTranslator(env.fake.url);
    const paused = await translateNow(env.db, documentId, translator, { concurrency: 1 });
    expect(paused).toMatchObject({ state: "paused", errorCode: "deeplQuotaExceeded", done: 50, failed: 0 });
    expect((await statusesOf(documentId)).filter((p) => p.status === "untranslated" && p.translationError === null)).toHaveLength(50);

    env.fake.setFaults({ characterLimit: 1_000_000 });
    expect((await resumeTranslation(env.db, paused.id)).state).toBe("queued");
    await claimJob(env.db, "test", 30_000, paused.id);
    const done = await runTranslationJob(env.db, paused.id, { translator, owner: "test" });
    expect(done).toMatchObject({ state: "done", errorCode: null, done: 100, billedCharacters: codePoints(texts) });
    expect(env.fake.stats().billedCharacters).toBe(codePoints(texts));
  });

  it("absorbs a burst of 429s and a hung request", async () => {
    const { documentId } = await seedDocument(env.db, sentences("Ramai", 5));
    env.fake.setFaults({ tooManyRequests: 3, hangs: 1 });
    const job = await translateNow(env.db, documentId, testTranslator(env.fake.url, "test-key", 400));
    expect(job).toMatchObject({ state: "done", done: 5, failed: 0, requests: 1 });
    expect(env.fake.stats().statuses).toMatchObject({ "429": 3, "200": 1 });
  });

  it("marks paragraphs failed when 5xx answers outlast every retry, and a new job retries them", async () => {
    const { documentId } = await seedDocument(env.db, sentences("Rusak", 4));
    env.fake.setFaults({ serverErrors: 100 });
    const failed = await translateNow(env.db, documentId, testTranslator(env.fake.url));
    expect(failed).toMatchObject({ state: "failed", errorCode: "deeplBusy", done: 0, failed: 4, billedCharacters: 0 });
    expect(await statusesOf(documentId)).toEqual(Array(4).fill({ status: "untranslated", translationError: "deeplBusy" }));

    env.fake.setFaults({ serverErrors: 0 });
    const retried = await translateNow(env.db, documentId, testTranslator(env.fake.url));
    expect(retried).toMatchObject({ state: "done", done: 4, failed: 0 });
    expect(await statusesOf(documentId)).toEqual(Array(4).fill({ status: "machine", translationError: null }));
  });

  it("fails the job with deeplBadKey and writes nothing; without a key nothing starts", async () => {
    const { documentId } = await seedDocument(env.db, ["Kunci salah."]);
    const job = await translateNow(env.db, documentId, testTranslator(env.fake.url, "an-invalid-key"));
    expect(job).toMatchObject({ state: "failed", errorCode: "deeplBadKey", done: 0 });
    expect((await statusesOf(documentId))[0].status).toBe("untranslated");
    await expect(startDocumentTranslation(env.db, documentId, null)).rejects.toMatchObject({ code: "deeplNoKey" });
  });
});
