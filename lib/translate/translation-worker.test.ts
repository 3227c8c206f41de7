import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/test-db";
import { findJob } from "@/lib/db/translation-jobs";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";
import { startDocumentTranslation } from "./start-translation";
import { seedDocument, testTranslator } from "./test-helpers";
import { startTranslationWorker } from "./translation-worker";

let db: Db;
let url: string;
let dispose: () => Promise<void>;
let fake: FakeDeepl;
beforeAll(async () => {
  ({ db, url, dispose } = await createTestDb());
  fake = await startFakeDeepl();
});
afterAll(async () => {
  await fake.close();
  await dispose();
});
beforeEach(() => fake.reset());

const sentences = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} kalimat nomor ${i + 1}.`);

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await sleep(20);
  }
}

const sentTexts = () => fake.stats().translations.flatMap((t) => t.texts);

describe("translation worker", () => {
  it("shares queued jobs between instances: each job runs once, each text is sent once", async () => {
    const jobs = [];
    for (const prefix of ["Satu", "Dua", "Tiga", "Empat"]) {
      const { documentId } = await seedDocument(db, sentences(prefix, 60));
      jobs.push(await startDocumentTranslation(db, documentId, testTranslator(fake.url)));
    }
    const options = { db, pollMs: 20, translator: () => testTranslator(fake.url) };
    const stops = [startTranslationWorker({ ...options, instanceId: "a" }), startTranslationWorker({ ...options, instanceId: "b" })];
    for (const job of jobs) expect(await until(() => findJob(db, job.id), (j) => j?.state === "done")).toMatchObject({ done: 60, requests: 2 });
    await Promise.all(stops.map((stop) => stop()));
    expect(sentTexts()).toHaveLength(240);
    expect(new Set(sentTexts()).size).toBe(240);
  });

  it("resumes the job of an instance killed mid-job with only the untranslated paragraphs", async () => {
    const texts = sentences("Mogok", 80);
    const { documentId } = await seedDocument(db, texts);
    const job = await startDocumentTranslation(db, documentId, testTranslator(fake.url));
    // One process (no tsx wrapper), so killing it is a crash of the instance itself.
    const args = ["--import", "tsx", path.resolve("lib/translate/worker-crash.fixture.ts"), url, fake.url, String(job.id), "600"];
    const child = spawn(process.execPath, args, { stdio: "inherit" });
    try {
      expect(await until(() => findJob(db, job.id), (j) => j?.done === 50)).toMatchObject({ state: "running", done: 50 });
    } finally {
      child.kill("SIGKILL");
    }
    const stop = startTranslationWorker({ db, instanceId: "survivor", pollMs: 50, leaseMs: 600, translator: () => testTranslator(fake.url) });
    const end = await until(() => findJob(db, job.id), (j) => j?.state === "done");
    await stop();
    expect(end).toMatchObject({ state: "done", total: 80, done: 80, failed: 0 });
    expect(sentTexts().sort()).toEqual([...texts].sort());
    expect(fake.stats().billedCharacters).toBe(texts.reduce((sum, t) => sum + t.length, 0));
    expect(await db.revision.count({ where: { paragraph: { documentId } } })).toBe(80);
  }, 30_000);

  it("hands its running job back to the queue when stopped, and fails jobs it cannot run without a key", async () => {
    const { documentId } = await seedDocument(db, sentences("Henti", 150));
    const job = await startDocumentTranslation(db, documentId, testTranslator(fake.url));
    fake.setFaults({ latencyMs: 150 });
    const stop = startTranslationWorker({ db, instanceId: "leaving", pollMs: 20, concurrency: 1, translator: () => testTranslator(fake.url) });
    await until(() => findJob(db, job.id), (j) => (j?.done ?? 0) > 0);
    await stop();
    const handedBack = await findJob(db, job.id);
    // A request in flight when it stopped is kept; no further one is sent.
    expect(handedBack?.state).toBe("queued");
    expect(handedBack?.done).toBeLessThan(150);
    expect(fake.stats().translateRequests).toBe(handedBack!.done / 50);

    const noKey = startTranslationWorker({ db, instanceId: "keyless", pollMs: 20, translator: () => null });
    expect(await until(() => findJob(db, job.id), (j) => j?.state === "failed")).toMatchObject({ errorCode: "deeplNoKey" });
    await noKey();
  });
});
