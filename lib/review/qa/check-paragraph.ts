import { checkEmpty } from "./check-empty";
import { checkGlossary, type GlossaryPair } from "./check-glossary";
import { checkIdentical } from "./check-identical";
import { checkIndonesianRuns } from "./check-indonesian-runs";
import { checkNumbers } from "./check-numbers";
import { checkPairedMarks } from "./check-paired-marks";
import type { QaTexts, QaWarning } from "./qa-warning";

/**
 * Every quality check on one paragraph, most basic first. Empty or untranslated English
 * gets only that warning: the finer checks would merely repeat it.
 */
export function checkParagraph(texts: QaTexts, glossary: readonly GlossaryPair[] = []): QaWarning[] {
  for (const basic of [checkEmpty, checkIdentical]) {
    const warnings = basic(texts);
    if (warnings.length > 0) return warnings;
  }
  return [...checkIndonesianRuns(texts), ...checkNumbers(texts), ...checkGlossary(texts, glossary), ...checkPairedMarks(texts)];
}
