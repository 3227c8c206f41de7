import type { ParagraphStatus } from "@/lib/bilingual/types";
import { postEditDistance } from "./post-edit-distance";
import { needsReview } from "./status-rules";

export interface TotalsInput {
  status: ParagraphStatus;
  sourceStale: boolean;
  machineText: string | null;
  targetText: string | null;
}

export interface ReviewTotals {
  paragraphs: number;
  translated: number;
  reviewed: number;
  needsReview: number;
  stale: number;
  /** Paragraphs a person handled (edited or reviewed) that have machine output to compare with. */
  postEdited: number;
  /** Mean post-edit distance over those paragraphs, one decimal; null when there are none. */
  averagePostEditDistance: number | null;
}

/**
 * Document header figures. The average covers only paragraphs a person has handled: untouched
 * machine output would pull it towards zero without anyone having judged it.
 */
export function reviewTotals(paragraphs: readonly TotalsInput[]): ReviewTotals {
  const totals: ReviewTotals = { paragraphs: paragraphs.length, translated: 0, reviewed: 0, needsReview: 0, stale: 0, postEdited: 0, averagePostEditDistance: null };
  let sum = 0;
  for (const p of paragraphs) {
    if (p.status !== "untranslated") totals.translated++;
    if (p.status === "reviewed" && !p.sourceStale) totals.reviewed++;
    if (needsReview(p)) totals.needsReview++;
    if (p.sourceStale) totals.stale++;
    const distance = p.status === "edited" || p.status === "reviewed" ? postEditDistance(p.machineText, p.targetText) : null;
    if (distance !== null) {
      totals.postEdited++;
      sum += distance;
    }
  }
  if (totals.postEdited > 0) totals.averagePostEditDistance = Math.round((sum / totals.postEdited) * 10) / 10;
  return totals;
}
