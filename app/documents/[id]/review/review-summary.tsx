import { db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { reviewTotals } from "@/lib/review/review-totals";

/** The document's review figures: paragraphs reviewed and the average post-edit distance. */
export async function ReviewSummary({ documentId }: { documentId: number }) {
  const [{ t, lng }, document] = await Promise.all([getT("review"), getBilingualDocument(db, documentId)]);
  if (!document) return null;
  const totals = reviewTotals(document.paragraphs);
  return (
    <p className="review-summary" data-testid="review-summary">
      {t("totals", { reviewed: formatNumber(totals.reviewed, lng), count: formatNumber(totals.paragraphs, lng) })}
      {totals.averagePostEditDistance !== null ? (
        <>
          {" · "}
          <span title={t("postEditDistanceHint")}>{t("averageDistance", { percent: formatNumber(totals.averagePostEditDistance, lng) })}</span>
        </>
      ) : null}
    </p>
  );
}
