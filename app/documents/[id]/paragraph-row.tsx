import type { BilingualParagraph } from "@/lib/bilingual/types";
import { getT } from "@/lib/i18n/server";

/** One aligned pair: Indonesian left, English right, with the paragraph's status in words. */
export async function ParagraphRow({ paragraph }: { paragraph: BilingualParagraph }) {
  const { t } = await getT(["reader", "common"]);
  const { kind, status, dateline } = paragraph;
  const statusText = t(`common:status.${status}`);
  const dateMark = dateline ? <span className="dateline">{dateline.trim().replace(/\s*[-–—:]$/, "")}</span> : null;
  return (
    <div className={`pair kind-${kind}`} role="row" data-testid="paragraph-row" data-status={status} data-position={paragraph.position}>
      <div className="cell source" role="cell" lang="id">
        {dateMark}
        {paragraph.sourceText}
      </div>
      <div className="cell target" role="cell" lang="en">
        {paragraph.targetText ? (
          <>
            {dateMark}
            {paragraph.targetText}
          </>
        ) : (
          <span className="placeholder">{t("noTranslation")}</span>
        )}
        <span className={`status status-${status}`}>
          <span className="visually-hidden">{t("statusLabel", { status: statusText })}</span>
          <span aria-hidden="true" className="status-dot" />
          <span aria-hidden="true">{statusText}</span>
        </span>
      </div>
    </div>
  );
}
