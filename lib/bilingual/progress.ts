import type { DocumentProgress, ParagraphStatus } from "./types";

/** Counts how many paragraphs have English and how many a person approved. */
export function progressOf(statuses: readonly ParagraphStatus[]): DocumentProgress {
  let translated = 0;
  let reviewed = 0;
  for (const status of statuses) {
    if (status !== "untranslated") translated++;
    if (status === "reviewed") reviewed++;
  }
  return { paragraphs: statuses.length, translated, reviewed };
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
