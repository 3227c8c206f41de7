import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/test-db";
import { claimJob } from "@/lib/db/translation-jobs";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";
import { resumeTranslation } from "./job-control";
import { runTranslationJob } from "./run-translation-job";
import { startDocumentTranslation } from "./start-translation";
import { seedDocument, testTranslator, translateNow } from "./test-helpers";

let db: Db;
let dispose: () => Promise<void>;
let fake: FakeDeepl;
beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  fake = await startFakeDeepl();
});
afterAll(async () => {
  await fake.close();
  await dispose();
});
beforeEach(() => fake.reset());

const sentences = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} kalimat nomor ${i + 1}.`);
const codePoints = (texts: string[]) => texts.reduce((sum, t) => sum + [...t].length, 0);
const statusesOf = async (documentId: number) =>
  (await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { status: true, translationError: true } }));

describe("translation faults", () => {
  it("pauses on an exhausted quota and resumes on request without billing anything twice", async () => {
    const texts = sentences("Kuota", 100);
    const { documentId } = await seedDocument(db, texts);
    fake.setFaults({ characterLimit: codePoints(texts.slice(0, 50)) + 10 });
    const translator = testTranslator(fake.url);
    const paused = await translateNow(db, documentId, translator, { concurrency: 1 });
    expect(paused).toMatchObject({ state: "paused", errorCode: "deeplQuotaExceeded", done: 50, failed: 0 });
    expect((await statusesOf(documentId)).filter((p) => p.status === "untranslated" && p.translationError === null)).toHaveLength(50);

    fake.setFaults({ characterLimit: 1_000_000 });
    expect((await resumeTranslation(db, paused.id)).state).toBe("queued");
    await claimJob(db, "test", 30_000, paused.id);
    const done = await runTranslationJob(db, paused.id, { translator, owner: "test" });
    expect(done).toMatchObject({ state: "done", errorCode: null, done: 100, billedCharacters: codePoints(texts) });
    expect(fake.stats().billedCharacters).toBe(codePoints(texts));
  });

  it("absorbs a burst of 429s and a hung request", async () => {
    const { documentId } = await seedDocument(db, sentences("Ramai", 5));
    fake.setFaults({ tooManyRequests: 3, hangs: 1 });
    const job = await translateNow(db, documentId, testTranslator(fake.url, "test-key", 400));
    expect(job).toMatchObject({ state: "done", done: 5, failed: 0, requests: 1 });
    expect(fake.stats().statuses).toMatchObject({ "429": 3, "200": 1 });
  });

  it("marks paragraphs failed when 5xx answers outlast every retry, and a new job retries them", async () => {
    const { documentId } = await seedDocument(db, sentences("Rusak", 4));
    fake.setFaults({ serverErrors: 100 });
    const failed = await translateNow(db, documentId, testTranslator(fake.url));
    expect(failed).toMatchObject({ state: "failed", errorCode: "deeplBusy", done: 0, failed: 4, billedCharacters: 0 });
    expect(await statusesOf(documentId)).toEqual(Array(4).fill({ status: "untranslated", translationError: "deeplBusy" }));

    fake.setFaults({ serverErrors: 0 });
    const retried = await translateNow(db, documentId, testTranslator(fake.url));
    expect(retried).toMatchObject({ state: "done", done: 4, failed: 0 });
    expect(await statusesOf(documentId)).toEqual(Array(4).fill({ status: "machine", translationError: null }));
  });

  it("fails the job with deeplBadKey and writes nothing; without a key nothing starts", async () => {
    const { documentId } = await seedDocument(db, ["Kunci salah."]);
    const job = await translateNow(db, documentId, testTranslator(fake.url, "an-invalid-key"));
    expect(job).toMatchObject({ state: "failed", errorCode: "deeplBadKey", done: 0 });
    expect((await statusesOf(documentId))[0].status).toBe("untranslated");
    await expect(startDocumentTranslation(db, documentId, null)).rejects.toMatchObject({ code: "deeplNoKey" });
  });
});
