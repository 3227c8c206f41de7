import type { TranslationProgress } from "@/lib/translate/job-control";

/** What the translate panel needs of a job: plain numbers and codes, the same from the page and from polling. */
export type JobStatus = Pick<
  TranslationProgress,
  "id" | "state" | "total" | "done" | "fromMemory" | "failed" | "billedCharacters" | "errorCode" | "percent" | "active"
>;

export function toJobStatus(progress: TranslationProgress): JobStatus {
  const { id, state, total, done, fromMemory, failed, billedCharacters, errorCode, percent, active } = progress;
  return { id, state, total, done, fromMemory, failed, billedCharacters, errorCode, percent, active };
}
