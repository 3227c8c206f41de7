import { getT } from "@/lib/i18n/server";
import type { QaWarning } from "@/lib/review/qa/qa-warning";

/** A row's quality warnings: their count, opening to the list (the same texts as the editor and the Quality list). */
export async function QaFlag({ warnings }: { warnings: readonly QaWarning[] }) {
  const { t, lng } = await getT("review");
  // Keys and their placeholders vary by code; the locale parity test keeps every `qa.<code>` present.
  const warningText = t as unknown as (key: string, params: object) => string;
  return (
    <details className="qa-flag" lang={lng}>
      <summary>{t("qa.rowFlag", { count: warnings.length })}</summary>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>{warningText(`qa.${warning.code}`, warning.params)}</li>
        ))}
      </ul>
    </details>
  );
}
