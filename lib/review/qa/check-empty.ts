import type { QaTexts, QaWarning } from "./qa-warning";

/** Indonesian with no English beside it. */
export function checkEmpty({ sourceText, targetText }: QaTexts): QaWarning[] {
  return sourceText.trim() !== "" && (targetText ?? "").trim() === "" ? [{ code: "targetEmpty", params: {} }] : [];
}
