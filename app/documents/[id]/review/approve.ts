import { useTranslation } from "react-i18next";
import type { QaWarning } from "@/lib/review/qa/qa-warning";
import { reviewParagraph, type ChangeOutcome } from "./review-actions";

/** A quality warning in the interface language. */
export function useWarningText(): (warning: QaWarning) => string {
  const { t } = useTranslation("review");
  // Keys and their placeholders vary by code; the locale parity test keeps every `qa.<code>` present.
  const translate = t as unknown as (key: string, params: object) => string;
  return (warning) => translate(`qa.${warning.code}`, warning.params);
}

/**
 * Marks a paragraph reviewed (with the editor's text when given). Open quality warnings are listed
 * in a confirmation first; the result is null when the person declines.
 */
export function useApprove(): (input: { paragraphId: number; version: number; text?: string }) => Promise<ChangeOutcome | null> {
  const { t } = useTranslation("review");
  const warningText = useWarningText();
  return async (input) => {
    const first = await reviewParagraph({ ...input, confirmed: false });
    if (!("warnings" in first)) return first;
    const question = [t("qa.confirmReview", { count: first.warnings.length }), ...first.warnings.map((w) => `• ${warningText(w)}`)].join("\n");
    if (!window.confirm(question)) return null;
    const second = await reviewParagraph({ ...input, confirmed: true });
    return "warnings" in second ? null : second;
  };
}
