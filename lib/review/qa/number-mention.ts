/** A number found in a text, with its scale word already applied (`1,5 juta` → 1 500 000). */
export interface NumberMention {
  kind: "number" | "percent" | "time";
  /** The value; for a time, minutes after midnight. */
  value: number;
  /** For a time written without am/pm or a 24-hour form, so 9:00 may also mean 21:00. */
  twelveHour?: boolean;
  /** Spelled out ("two million"): good for matching, too vague to blame in a "changed" warning. */
  spelled?: boolean;
  /** The text as written, for the warning message, and where it starts. */
  raw: string;
  index: number;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function sameMention(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== "time") return sameValue(a.value, b.value);
  return a.value === b.value || ((a.twelveHour || b.twelveHour) === true && a.value % 720 === b.value % 720);
}

export interface TimeMatch {
  index: number;
  length: number;
  mention: NumberMention;
}

/** Blanks out the given spans (times) so the number scan does not read their parts again. */
export function maskSpans(text: string, spans: readonly TimeMatch[]): string {
  let masked = text;
  for (const { index, length } of spans) masked = masked.slice(0, index) + " ".repeat(length) + masked.slice(index + length);
  return masked;
}

export function timeMention(match: RegExpMatchArray, hours: number, minutes: number, twelveHour: boolean): TimeMatch {
  const mention: NumberMention = { kind: "time", value: (hours % 24) * 60 + minutes, twelveHour: twelveHour && hours <= 12, raw: match[0].trim(), index: match.index! };
  return { index: match.index!, length: match[0].length, mention };
}

/** Mentions in reading order, so "changed" warnings pair the n-th leftover on each side. */
export function inReadingOrder(mentions: NumberMention[]): NumberMention[] {
  return mentions.sort((a, b) => a.index - b.index);
}
