/**
 * A quality warning as data: the UI translates `code` from the `review` namespace
 * (`qa.<code>`) and fills its placeholders from `params`.
 */
export type QaWarning =
  | { code: "targetEmpty"; params: Record<string, never> }
  | { code: "targetIdentical"; params: Record<string, never> }
  | { code: "indonesianRun"; params: { text: string } }
  | { code: "numberMissing"; params: { number: string } }
  | { code: "numberChanged"; params: { source: string; target: string } }
  | { code: "glossaryMissing"; params: { source: string; target: string } }
  | { code: "unbalancedQuotes"; params: Record<string, never> }
  | { code: "unbalancedBrackets"; params: { open: string; close: string } };

export type QaCode = QaWarning["code"];

export const QA_CODES = [
  "targetEmpty", "targetIdentical", "indonesianRun", "numberMissing", "numberChanged", "glossaryMissing", "unbalancedQuotes", "unbalancedBrackets",
] as const satisfies readonly QaCode[];

/** The texts every check looks at. */
export interface QaTexts {
  sourceText: string;
  targetText: string | null;
}
