import { isTargetLang } from "@/lib/bilingual/guards";
import type { Db } from "@/lib/db/client";
import { loadTranslationSource } from "@/lib/db/paragraph-translations";
import { findJob, finishJob, recordJobProgress, releaseJob, setJobCounts, type TranslationJobView } from "@/lib/db/translation-jobs";
import { UNEXPECTED_ERROR } from "@/lib/errors/app-error";
import type { MachineTranslator } from "./machine-translator";
import { planParagraph } from "./plan-paragraphs";
import { translatePending } from "./translate-pending";

/** Requests one job keeps in flight; the translator's throttle caps the whole process as well. */
export const JOB_CONCURRENCY = 4;
/** How long a claim holds without renewal; renewed every third of it while the job runs. */
export const LEASE_MS = 30_000;

export interface RunJobOptions {
  translator: MachineTranslator;
  /** The claiming instance, as written in leaseOwner. */
  owner: string;
  leaseMs?: number;
  concurrency?: number;
  /** Aborting stops after the requests in flight and gives the job back to the queue. */
  signal?: AbortSignal;
  onProgress?: (job: TranslationJobView) => void;
}

/**
 * Runs a job `owner` has claimed until it is done, paused (quota), failed,
 * cancelled or handed back. Every run starts from the paragraphs still
 * untranslated, so a job resumed after a crash sends nothing twice.
 */
export async function runTranslationJob(db: Db, jobId: number, options: RunJobOptions): Promise<TranslationJobView | null> {
  const { owner, signal } = options;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const job = await findJob(db, jobId);
  const source = job && (await loadTranslationSource(db, job.documentId));
  if (!job || !source) return job;

  let lost = false;
  const progress = async (delta = {}) => {
    if (!(await recordJobProgress(db, jobId, owner, leaseMs, delta))) lost = true;
    else if (options.onProgress) options.onProgress((await findJob(db, jobId))!);
  };
  const renewal = setInterval(() => void progress().catch((error) => console.error(error)), leaseMs / 3);
  try {
    const pending = source.paragraphs.filter((p) => planParagraph(p) === "send").length;
    // A resumed job counts what earlier runs finished (and what people translated meanwhile) as done.
    const total = Math.max(job.total, pending);
    if (job.total !== total || job.done !== total - pending || job.failed !== 0) await setJobCounts(db, jobId, owner, { total, done: total - pending, failed: 0 });
    const { stopCode, failedCode } = await translatePending(db, source, {
      translator: options.translator,
      targetLang: isTargetLang(source.targetLang) ? source.targetLang : "en-US",
      concurrency: options.concurrency ?? JOB_CONCURRENCY,
      shouldContinue: async () => !lost && !signal?.aborted && (await findJob(db, jobId))?.state === "running",
      progress,
    });
    const latest = await findJob(db, jobId);
    if (lost || !latest) return latest;
    if (latest.state !== "running" || (signal?.aborted && !stopCode)) await releaseJob(db, jobId, owner);
    else if (stopCode === "deeplQuotaExceeded") await finishJob(db, jobId, owner, "paused", stopCode);
    else if (stopCode || latest.failed > 0) await finishJob(db, jobId, owner, "failed", stopCode ?? failedCode);
    else await finishJob(db, jobId, owner, "done");
  } catch (error) {
    console.error(error);
    await finishJob(db, jobId, owner, "failed", UNEXPECTED_ERROR);
  } finally {
    clearInterval(renewal);
  }
  return findJob(db, jobId);
}
