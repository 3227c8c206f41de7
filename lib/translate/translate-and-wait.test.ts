import { describe, expect, it } from "vitest";
import { findActiveJob } from "@/lib/db/translation-jobs";
import { setUpTranslationTests } from "./test-env";
import { codePoints, seedDocument, sentences, startJobRun, testTranslator } from "./test-helpers";
import { translateDocumentAndWait } from "./translate-and-wait";

const env = setUpTranslationTests();

describe("translateDocumentAndWait", () => {
  it("follows a job another instance is running instead of starting a second one", async () => {
    const { documentId } = await seedDocument(env.db, sentences("Ikut", 120));
    const translator = testTranslator(env.fake.url);
    env.fake.setFaults({ latencyMs: 50 });
    const server = await startJobRun(env.db, documentId, translator, { owner: "server", concurrency: 1 });
    const seen: number[] = [];
    const result = await translateDocumentAndWait(env.db, documentId, { translator, owner: "cli", pollMs: 20, onProgress: (p) => seen.push(p.done) });
    await server.ended;
    expect(result).toMatchObject({ id: server.jobId, state: "done", done: 120, percent: 100 });
    expect(seen.some((done) => done > 0 && done < 120)).toBe(true);
    expect(env.fake.stats().translateRequests).toBe(3);
  });

  it("resumes a job that a quota pause stopped", async () => {
    const texts = sentences("Jeda", 60);
    const { documentId } = await seedDocument(env.db, texts);
    env.fake.setFaults({ characterLimit: codePoints(texts.slice(0, 50)) });
    const translator = testTranslator(env.fake.url);
    const paused = await translateDocumentAndWait(env.db, documentId, { translator, owner: "cli" });
    expect(paused).toMatchObject({ state: "paused", errorCode: "deeplQuotaExceeded", done: 50 });
    expect((await findActiveJob(env.db, documentId))?.id).toBe(paused.id);
    env.fake.setFaults({ characterLimit: 1_000_000 });
    expect(await translateDocumentAndWait(env.db, documentId, { translator, owner: "cli" })).toMatchObject({ id: paused.id, state: "done", done: 60 });
  });
});
