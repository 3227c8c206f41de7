import type { QaTexts, QaWarning } from "./qa-warning";

const BRACKETS = [["(", ")"], ["[", "]"], ["{", "}"]] as const;

// Straight and typographic double quotes count together: a translation may change the style.
const DOUBLE_QUOTES = /["“”„«»]/g;

function bracketBalance(text: string, open: string, close: string): { balance: number; strayClose: boolean } {
  let balance = 0;
  let strayClose = false;
  for (const char of text) {
    if (char === open) balance++;
    else if (char === close && --balance < 0) strayClose = true;
  }
  return { balance, strayClose };
}

/**
 * Quotes and brackets the English leaves open or closes twice. The English is compared with the
 * Indonesian rather than judged alone, because a news quote running over several paragraphs
 * leaves the same quote open in both. Single quotes are skipped: they double as apostrophes.
 */
export function checkPairedMarks({ sourceText, targetText }: QaTexts): QaWarning[] {
  if (!targetText) return [];
  const warnings: QaWarning[] = [];
  const quotes = (text: string) => (text.match(DOUBLE_QUOTES) ?? []).length % 2;
  if (quotes(sourceText) !== quotes(targetText)) warnings.push({ code: "unbalancedQuotes", params: {} });
  for (const [open, close] of BRACKETS) {
    const present = (text: string) => text.includes(open) || text.includes(close);
    if (!present(sourceText) && !present(targetText)) continue;
    const source = bracketBalance(sourceText, open, close);
    const target = bracketBalance(targetText, open, close);
    if (source.balance !== target.balance || (target.strayClose && !source.strayClose)) warnings.push({ code: "unbalancedBrackets", params: { open, close } });
  }
  return warnings;
}
