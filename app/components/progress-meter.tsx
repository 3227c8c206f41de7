import { percent } from "@/lib/bilingual/progress";
import type { DocumentProgress } from "@/lib/bilingual/types";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

/** Translation and review progress as text first, with a bar as a visual aid. */
export async function ProgressMeter({ progress }: { progress: DocumentProgress }) {
  const { t, lng } = await getT("library");
  const { paragraphs, translated, reviewed } = progress;
  const n = (value: number) => formatNumber(value, lng);
  return (
    <div className="progress">
      <p className="progress-text">
        {t("translatedOf", { translated: n(translated), total: n(paragraphs) })} · {t("reviewedOf", { reviewed: n(reviewed) })}
      </p>
      <div className="progress-bar" aria-hidden="true">
        <span className="progress-translated" style={{ width: `${percent(translated, paragraphs)}%` }} />
        <span className="progress-reviewed" style={{ width: `${percent(reviewed, paragraphs)}%` }} />
      </div>
    </div>
  );
}
