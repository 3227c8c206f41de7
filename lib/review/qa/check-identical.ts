import type { QaTexts, QaWarning } from "./qa-warning";

const normalise = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

// Names, credits and short titles ("Jakarta", "ANTARA") are legitimately the same in both languages.
const MIN_WORDS = 4;

/** English that is still the Indonesian, word for word. */
export function checkIdentical({ sourceText, targetText }: QaTexts): QaWarning[] {
  if (!targetText || normalise(sourceText) !== normalise(targetText)) return [];
  return (sourceText.match(/\p{L}+/gu) ?? []).length >= MIN_WORDS ? [{ code: "targetIdentical", params: {} }] : [];
}
