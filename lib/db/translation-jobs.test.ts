import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { Db } from "./client";
import { createDocument } from "./documents";
import { createTestDb } from "./test-db";
import { cancelJob, claimJob, findActiveJob, finishJob, insertTranslationJob, recordJobProgress, resumeJob } from "./translation-jobs";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

const newDocument = () => createDocument(db, { title: "T", originKind: "paste", paragraphs: [{ kind: "body", sourceText: "Satu." }] });

describe("translation jobs", () => {
  it("allows one active job per document; paused still holds it, finishing frees it", async () => {
    const documentId = await newDocument();
    const job = await insertTranslationJob(db, documentId, 1);
    const second = await insertTranslationJob(db, documentId, 1).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(AppError);
    expect(second).toMatchObject({ code: "translationJobActive", params: { id: job.id } });

    expect(await claimJob(db, "a", 30_000, job.id)).toMatchObject({ id: job.id, state: "running" });
    await finishJob(db, job.id, "a", "paused", "deeplQuotaExceeded");
    expect(await findActiveJob(db, documentId)).toMatchObject({ id: job.id, state: "paused", errorCode: "deeplQuotaExceeded" });
    expect(await resumeJob(db, job.id)).toBe(true);
    expect(await cancelJob(db, job.id)).toBe(true);
    expect(await findActiveJob(db, documentId)).toBeNull();
    expect((await insertTranslationJob(db, documentId, 1)).state).toBe("queued");
  });

  it("lets exactly one of two racing instances claim a job", async () => {
    const job = await insertTranslationJob(db, await newDocument(), 1);
    const claims = await Promise.all([claimJob(db, "a", 30_000, job.id), claimJob(db, "b", 30_000, job.id)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = claims[0] ? "a" : "b";
    const loser = winner === "a" ? "b" : "a";
    expect(await recordJobProgress(db, job.id, loser, 30_000, { done: 1 })).toBe(false);
    expect(await recordJobProgress(db, job.id, winner, 30_000, { done: 1 })).toBe(true);
  });

  it("hands a running job to another instance only once its lease expired", async () => {
    const job = await insertTranslationJob(db, await newDocument(), 1);
    await claimJob(db, "a", 30_000, job.id);
    expect(await claimJob(db, "b", 30_000, job.id)).toBeNull();
    const expiring = await insertTranslationJob(db, await newDocument(), 1);
    await claimJob(db, "a", 1, expiring.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await claimJob(db, "b", 30_000, expiring.id)).toMatchObject({ id: expiring.id, state: "running" });
    expect(await recordJobProgress(db, expiring.id, "a", 30_000)).toBe(false);
  });
});
