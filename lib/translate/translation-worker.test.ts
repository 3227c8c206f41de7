import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { findJob } from "@/lib/db/translation-jobs";
import { startDocumentTranslation } from "./start-translation";
import { seedDocument, sentences, testTranslator } from "./test-helpers";
import { startTranslationWorker } from "./translation-worker";
import { setUpTranslationTests } from "./test-env";

const env = setUpTranslationTests();


async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await sleep(20);
  }
}

const sentTexts = () => env.fake.stats().translations.flatMap((t) => t.texts);

describe("translation worker", () => {
  it("shares queued jobs between instances: each job runs once, each text is sent once", async () => {
    const jobs = [];
    for (const prefix of ["Satu", "Dua", "Tiga", "Empat"]) {
      const { documentId } = await seedDocument(env.db, sentences(prefix, 60));
      jobs.push(await startDocumentTranslation(env.db, documentId, testTranslator(env.fake.url)));
    }
    const options = { db: env.db, pollMs: 20, translator: () => testTranslator(env.fake.url) };
    const stops = [startTranslationWorker({ ...options, instanceId: "a" }), startTranslationWorker({ ...options, instanceId: "b" })];
    for (const job of jobs) expect(await until(() => findJob(env.db, job.id), (j) => j?.state === "done")).toMatchObject({ done: 60, requests: 2 });
    await Promise.all(stops.map((stop) => stop()));
    expect(sentTexts()).toHaveLength(240);
    expect(new Set(sentTexts()).size).toBe(240);
  });

  it("resumes the job of an instance killed mid-job with only the untranslated paragraphs", async () => {
    const texts = sentences("Mogok", 80);
    const { documentId } = await seedDocument(env.db, texts);
    const job = await startDocumentTranslation(env.db, documentId, testTranslator(env.fake.url));
    // One process (no tsx wrapper), so killing it is a crash of the instance itself.
    const args = ["--import", "tsx", path.resolve("lib/translate/worker-crash.fixture.ts"), env.url, env.fake.url, String(job.id), "600"];
    const child = spawn(process.execPath, args, { stdio: "inherit" });
    try {
      expect(await until(() => findJob(env.db, job.id), (j) => j?.done === 50)).toMatchObject({ state: "running", done: 50 });
    } finally {
      child.kill("SIGKILL");
    }
    const stop = startTranslationWorker({ db: env.db, instanceId: "survivor", pollMs: 50, leaseMs: 600, translator: () => testTranslator(env.fake.url) });
    const end = await until(() => findJob(env.db, job.id), (j) => j?.state === "done");
    await stop();
    expect(end).toMatchObject({ state: "done", total: 80, done: 80, failed: 0 });
    expect(sentTexts().sort()).toEqual([...texts].sort());
    expect(env.fake.stats().billedCharacters).toBe(texts.reduce((sum, t) => sum + t.length, 0));
    expect(await env.db.revision.count({ where: { paragraph: { documentId } } })).toBe(80);
  }, 30_000);

  it("hands its running job back to the queue when stopped, and fails jobs it cannot run without a key", async () => {
    const { documentId } = await seedDocument(env.db, sentences("Henti", 150));
    const job = await startDocumentTranslation(env.db, documentId, testTranslator(env.fake.url));
    env.fake.setFaults({ latencyMs: 150 });
    const stop = startTranslationWorker({ db: env.db, instanceId: "leaving", pollMs: 20, concurrency: 1, translator: () => testTranslator(env.fake.url) });
    await until(() => findJob(env.db, job.id), (j) => (j?.done ?? 0) > 0);
    await stop();
    const handedBack = await findJob(env.db, job.id);
    // A request in flight when it stopped is kept; no further one is sent.
    expect(handedBack?.state).toBe("queued");
    expect(handedBack?.done).toBeLessThan(150);
    expect(env.fake.stats().translateRequests).toBe(handedBack!.done / 50);

    const noKey = startTranslationWorker({ db: env.db, instanceId: "keyless", pollMs: 20, translator: () => null });
    expect(await until(() => findJob(env.db, job.id), (j) => j?.state === "failed")).toMatchObject({ errorCode: "deeplNoKey" });
    await noKey();
  });
});
