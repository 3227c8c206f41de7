import { AppError } from "@/lib/errors/app-error";
import type { Db } from "./client";
import { isUniqueViolation } from "./unique-violation";

export const JOB_STATES = ["queued", "running", "paused", "done", "failed", "cancelled"] as const;
export type JobState = (typeof JOB_STATES)[number];
/** States in which a job still holds its document: a new job for it is refused. */
export const ACTIVE_JOB_STATES: readonly JobState[] = ["queued", "running", "paused"];

export interface TranslationJobView {
  id: number;
  documentId: number;
  state: JobState;
  total: number;
  done: number;
  fromMemory: number;
  failed: number;
  billedCharacters: number;
  requests: number;
  errorCode: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface JobProgressDelta {
  done?: number;
  fromMemory?: number;
  failed?: number;
  billedCharacters?: number;
  requests?: number;
}

const VIEW = {
  id: true, documentId: true, state: true, total: true, done: true, fromMemory: true, failed: true,
  billedCharacters: true, requests: true, errorCode: true, createdAt: true, startedAt: true, finishedAt: true,
} as const;

const toView = (row: Omit<TranslationJobView, "state"> & { state: string }) => row as TranslationJobView;
const leaseEnd = (leaseMs: number) => new Date(Date.now() + leaseMs);

/** Inserts a job; the unique active-document index refuses a second active job for the same document. */
export async function insertTranslationJob(db: Db, documentId: number, total: number, state: "queued" | "done" = "queued"): Promise<TranslationJobView> {
  const finished = state === "done";
  try {
    return toView(await db.translationJob.create({
      data: { documentId, total, state, activeDocumentId: finished ? null : documentId, finishedAt: finished ? new Date() : null },
      select: VIEW,
    }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const active = await findActiveJob(db, documentId);
    throw new AppError("translationJobActive", { id: active?.id ?? "?" }, 409);
  }
}

export async function findJob(db: Db, id: number): Promise<TranslationJobView | null> {
  const row = await db.translationJob.findUnique({ where: { id }, select: VIEW });
  return row && toView(row);
}

export async function findActiveJob(db: Db, documentId: number): Promise<TranslationJobView | null> {
  const row = await db.translationJob.findUnique({ where: { activeDocumentId: documentId }, select: VIEW });
  return row && toView(row);
}

export async function findLatestJob(db: Db, documentId: number): Promise<TranslationJobView | null> {
  const row = await db.translationJob.findFirst({ where: { documentId }, orderBy: { id: "desc" }, select: VIEW });
  return row && toView(row);
}

/** The latest job of each document (a library page, or a wait for many jobs), keyed by document id. */
export async function findLatestJobs(db: Db, documentIds: readonly number[]): Promise<Map<number, TranslationJobView>> {
  const rows = await db.translationJob.findMany({ where: { documentId: { in: [...documentIds] } }, orderBy: { id: "desc" }, select: VIEW });
  const latest = new Map<number, TranslationJobView>();
  for (const row of rows) if (!latest.has(row.documentId)) latest.set(row.documentId, toView(row));
  return latest;
}

/**
 * Claims a queued job, or a running one whose lease expired (its instance
 * died), for `owner`. The claim is a conditional update: when instances race
 * for one job, the database lets exactly one update match.
 */
export async function claimJob(db: Db, owner: string, leaseMs: number, jobId?: number): Promise<TranslationJobView | null> {
  const claimable = (now: Date) => ({ OR: [{ state: "queued" }, { state: "running", leaseUntil: { lt: now } }] });
  const candidates = await db.translationJob.findMany({
    where: { ...(jobId === undefined ? {} : { id: jobId }), ...claimable(new Date()) },
    orderBy: { id: "asc" },
    take: 10,
    select: { id: true, startedAt: true },
  });
  for (const candidate of candidates) {
    const { count } = await db.translationJob.updateMany({
      where: { id: candidate.id, ...claimable(new Date()) },
      data: { state: "running", leaseOwner: owner, leaseUntil: leaseEnd(leaseMs), startedAt: candidate.startedAt ?? new Date() },
    });
    if (count === 1) return findJob(db, candidate.id);
  }
  return null;
}

/** Adds progress and extends the lease; false when `owner` no longer holds the job. */
export async function recordJobProgress(db: Db, id: number, owner: string, leaseMs: number, delta: JobProgressDelta = {}): Promise<boolean> {
  const increments = Object.fromEntries(Object.entries(delta).filter(([, n]) => n).map(([key, n]) => [key, { increment: n }]));
  const { count } = await db.translationJob.updateMany({ where: { id, leaseOwner: owner }, data: { ...increments, leaseUntil: leaseEnd(leaseMs) } });
  return count === 1;
}

/** Sets the counters a (re)started run begins with. */
export async function setJobCounts(db: Db, id: number, owner: string, counts: { total: number; done: number; failed: number }): Promise<void> {
  await db.translationJob.updateMany({ where: { id, leaseOwner: owner }, data: counts });
}

/** Ends the owner's run: done/failed free the document; paused keeps it (the job resumes on request). */
export async function finishJob(db: Db, id: number, owner: string, state: "done" | "failed" | "paused", errorCode: string | null = null): Promise<void> {
  const paused = state === "paused";
  await db.translationJob.updateMany({
    where: { id, leaseOwner: owner, state: "running" },
    data: { state, errorCode, leaseOwner: null, leaseUntil: null, finishedAt: paused ? null : new Date(), ...(paused ? {} : { activeDocumentId: null }) },
  });
}

/** Gives the job back to the queue (a graceful shutdown), so another instance resumes it at once. */
export async function releaseJob(db: Db, id: number, owner: string): Promise<void> {
  await db.translationJob.updateMany({ where: { id, leaseOwner: owner, state: "running" }, data: { state: "queued", leaseOwner: null, leaseUntil: null } });
  await db.translationJob.updateMany({ where: { id, leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
}

export async function cancelJob(db: Db, id: number): Promise<boolean> {
  const { count } = await db.translationJob.updateMany({
    where: { id, state: { in: [...ACTIVE_JOB_STATES] } },
    data: { state: "cancelled", activeDocumentId: null, finishedAt: new Date() },
  });
  return count === 1;
}

export async function resumeJob(db: Db, id: number): Promise<boolean> {
  const { count } = await db.translationJob.updateMany({ where: { id, state: "paused" }, data: { state: "queued", errorCode: null } });
  return count === 1;
}
