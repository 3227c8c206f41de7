import { englishNumbers } from "./english-numbers";
import { indonesianNumbers } from "./indonesian-numbers";
import { sameMention } from "./number-mention";
import type { QaTexts, QaWarning } from "./qa-warning";

/**
 * Every number, percentage and time in the Indonesian must reappear in the English with the
 * same value (formats and scale words may differ). Leftovers on both sides are paired in reading
 * order as "changed"; an Indonesian leftover with no partner is "missing".
 */
export function checkNumbers({ sourceText, targetText }: QaTexts): QaWarning[] {
  // Every Indonesian mention has digits, and only Indonesian mentions can go missing: most paragraphs end here.
  if (!targetText || !/\d/.test(sourceText)) return [];
  const english = englishNumbers(targetText);
  const used = new Set<number>();
  const unmatched = indonesianNumbers(sourceText).filter((mention) => {
    const found = english.findIndex((candidate, i) => !used.has(i) && sameMention(mention, candidate));
    if (found < 0) return true;
    used.add(found);
    return false;
  });
  const spare = english.filter((mention, i) => !used.has(i) && !mention.spelled);
  return unmatched.map((mention): QaWarning => {
    const partner = spare.findIndex((candidate) => candidate.kind === mention.kind);
    if (partner < 0) return { code: "numberMissing", params: { number: mention.raw } };
    const [target] = spare.splice(partner, 1);
    return { code: "numberChanged", params: { source: mention.raw, target: target.raw } };
  });
}
