import type { Db } from "@/lib/db/client";
import { ACTIVE_JOB_STATES, cancelJob, findJob, findLatestJob, resumeJob, type TranslationJobView } from "@/lib/db/translation-jobs";
import { AppError } from "@/lib/errors/app-error";
import { percent } from "@/lib/bilingual/progress";

/** A job as the progress bar and the CLI show it. */
export interface TranslationProgress extends TranslationJobView {
  /** Paragraphs handled (done or failed) out of total, 0–100. */
  percent: number;
  /** queued, running or paused: the document's Translate control should show this job instead. */
  active: boolean;
}

export function toProgress(job: TranslationJobView): TranslationProgress {
  return { ...job, percent: job.total === 0 ? 100 : percent(job.done + job.failed, job.total), active: ACTIVE_JOB_STATES.includes(job.state) };
}

async function existingJob(db: Db, jobId: number): Promise<TranslationJobView> {
  const job = await findJob(db, jobId);
  if (!job) throw new AppError("translationJobNotFound", { id: jobId }, 404);
  return job;
}

/** The document's latest translation job with its percentage, or null if it was never translated. */
export async function getTranslationProgress(db: Db, documentId: number): Promise<TranslationProgress | null> {
  const job = await findLatestJob(db, documentId);
  return job && toProgress(job);
}

export async function getJobProgress(db: Db, jobId: number): Promise<TranslationProgress> {
  return toProgress(await existingJob(db, jobId));
}

/** Stops a job between requests; paragraphs already translated keep their English. A finished job is left as it is. */
export async function cancelTranslation(db: Db, jobId: number): Promise<TranslationProgress> {
  await existingJob(db, jobId);
  await cancelJob(db, jobId);
  return getJobProgress(db, jobId);
}

/** Queues a job paused by an exhausted quota again; it continues with the paragraphs still untranslated. */
export async function resumeTranslation(db: Db, jobId: number): Promise<TranslationProgress> {
  await existingJob(db, jobId);
  if (!(await resumeJob(db, jobId))) throw new AppError("translationJobNotPaused", { id: jobId }, 409);
  return getJobProgress(db, jobId);
}
