import { distance } from "fastest-levenshtein";

/**
 * Character-level edit distance between the machine output and the English as it stands,
 * as a percentage of the machine text's length (UTF-16 units, as the editor counts them).
 * Capped at 100: a full rewrite is 100 % whatever its length, so one long rewrite cannot
 * dominate a document's average. Null when there is nothing to compare.
 */
export function postEditDistance(machineText: string | null, targetText: string | null): number | null {
  if (!machineText || targetText === null) return null;
  const percent = (distance(machineText, targetText) / machineText.length) * 100;
  return Math.min(100, Math.round(percent * 10) / 10);
}
