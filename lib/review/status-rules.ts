import type { ParagraphStatus } from "@/lib/bilingual/types";
import { AppError } from "@/lib/errors/app-error";

/** The statuses a person may ask for when saving; "machine" and "untranslated" are set by the system only. */
export const HUMAN_STATUSES = ["edited", "reviewed"] as const;
export type HumanStatus = (typeof HUMAN_STATUSES)[number];

const RANK: Record<ParagraphStatus, number> = { untranslated: 0, machine: 1, edited: 2, reviewed: 3 };

function isBlank(text: string | null | undefined): boolean {
  return !text || text.trim() === "";
}

export interface TargetSaveInput {
  current: ParagraphStatus;
  currentText: string | null;
  text: string;
  requested?: HumanStatus;
}

/**
 * The status after a person saves English. Changed text is "edited" (so editing a reviewed
 * paragraph demotes it); clearing the English leaves nothing to review, hence "untranslated";
 * "reviewed" is granted only when asked for, and only for non-empty text.
 */
export function statusAfterTargetSave({ current, currentText, text, requested }: TargetSaveInput): ParagraphStatus {
  if (isBlank(text)) {
    if (requested === "reviewed") throw new AppError("reviewWithoutText");
    return "untranslated";
  }
  if (requested) return requested;
  if (text !== (currentText ?? "")) return "edited";
  return current === "untranslated" ? "edited" : current;
}

/** Marking reviewed approves the English as it stands; there must be some. */
export function statusAfterMarkReviewed(targetText: string | null): ParagraphStatus {
  if (isBlank(targetText)) throw new AppError("reviewWithoutText");
  return "reviewed";
}

/** A corrected source keeps its English but flags it, because the English may no longer match. */
export function staleAfterSourceCorrection(targetText: string | null): boolean {
  return !isBlank(targetText);
}

/** Only a review clears the stale flag; any other save keeps it. */
export function staleAfterTargetSave(stale: boolean, status: ParagraphStatus): boolean {
  return stale && status !== "reviewed";
}

/** What the "needs review" filter shows: anything with English not yet approved, or approved before its source changed. */
export function needsReview(paragraph: { status: ParagraphStatus; sourceStale: boolean }): boolean {
  return paragraph.status === "machine" || paragraph.status === "edited" || (paragraph.status === "reviewed" && paragraph.sourceStale);
}

/**
 * A split cuts the English at a guessed point, so an approval cannot carry over: a reviewed
 * paragraph's halves become "edited" until someone confirms the cut.
 */
export function statusAfterSplit(status: ParagraphStatus, partText: string | null): ParagraphStatus {
  if (isBlank(partText)) return "untranslated";
  return status === "reviewed" ? "edited" : status;
}

/** Merged text is only as far along as its less advanced half. */
export function statusAfterMerge(first: ParagraphStatus, second: ParagraphStatus): ParagraphStatus {
  return RANK[first] <= RANK[second] ? first : second;
}

/** A restored text is the machine's own output or a person's choice; either way it needs a fresh review. */
export function statusAfterRestore(text: string, machineText: string | null): ParagraphStatus {
  if (isBlank(text)) return "untranslated";
  return text === machineText ? "machine" : "edited";
}
