import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "@/lib/db/client";
import { claimJob, findActiveJob } from "@/lib/db/translation-jobs";
import { getJobProgress, resumeTranslation, toProgress, type TranslationProgress } from "./job-control";
import type { MachineTranslator } from "./machine-translator";
import { LEASE_MS, runTranslationJob } from "./run-translation-job";
import { startDocumentTranslation } from "./start-translation";

export interface TranslateAndWaitOptions {
  translator: MachineTranslator | null;
  owner: string;
  onProgress?: (progress: TranslationProgress) => void;
  /** How often to look at a job another instance is running. */
  pollMs?: number;
}

/**
 * Translates a document in this process and resolves when its job ends: the
 * command line's way. Joins the document's active job instead of starting a
 * second one (resuming it if a quota pause stopped it); when another instance
 * holds that job, follows its progress until it ends.
 */
export async function translateDocumentAndWait(db: Db, documentId: number, options: TranslateAndWaitOptions): Promise<TranslationProgress> {
  const { translator, owner, onProgress } = options;
  const active = await findActiveJob(db, documentId);
  if (active?.state === "paused") await resumeTranslation(db, active.id);
  const job = active ?? (await startDocumentTranslation(db, documentId, translator));
  if (translator && (await claimJob(db, owner, LEASE_MS, job.id))) {
    await runTranslationJob(db, job.id, { translator, owner, onProgress: (j) => onProgress?.(toProgress(j)) });
  }
  for (;;) {
    const progress = await getJobProgress(db, job.id);
    onProgress?.(progress);
    if (!progress.active || progress.state === "paused") return progress;
    await sleep(options.pollMs ?? 500);
  }
}
