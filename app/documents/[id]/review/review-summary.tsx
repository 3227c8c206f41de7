import { db } from "@/lib/db/client";
import { listReviewFigures } from "@/lib/db/review-figures";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { reviewTotals } from "@/lib/review/review-totals";
import { laterTurn } from "../paragraph-rows";

/** The document's review figures: paragraphs reviewed and the average post-edit distance. Rendered behind Suspense. */
export async function ReviewSummary({ documentId }: { documentId: number }) {
  // Let the page shell leave the server before reading every row of the document.
  await laterTurn(3);
  const [{ t, lng }, rows] = await Promise.all([getT("review"), listReviewFigures(db, documentId)]);
  const totals = reviewTotals(rows);
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
