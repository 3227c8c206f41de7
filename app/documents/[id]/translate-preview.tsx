"use client";

import { useTranslation } from "react-i18next";
import { formatNumber } from "@/lib/i18n/format";
import { useLanguage } from "@/lib/i18n/client";
import type { TranslationPreview } from "@/lib/translate/preview-translation";
import { ErrorMessage } from "../../components/error-message";

/** What a translation would cost, shown before it starts; the person confirms or goes back. */
export function TranslatePreview({ preview, pending, onStart, onClose }: { preview: TranslationPreview; pending: boolean; onStart: () => void; onClose: () => void }) {
  const { t } = useTranslation("translate");
  const lng = useLanguage();
  const n = (value: number) => formatNumber(value, lng);
  const { quota, quotaErrorCode } = preview;
  const nothing = preview.paragraphs === 0;
  return (
    <section className="translate-preview" aria-labelledby="translate-preview-heading" data-testid="translate-preview">
      <h2 id="translate-preview-heading">{t("preview.heading")}</h2>
      {nothing ? (
        <p>{t("preview.nothing")}</p>
      ) : (
        <ul>
          <li>{t("preview.paragraphs", { count: preview.paragraphs, formatted: n(preview.paragraphs) })}</li>
          <li data-testid="preview-characters">{t("preview.characters", { count: preview.charactersToBill, formatted: n(preview.charactersToBill) })}</li>
          <li data-testid="preview-memory">{t("preview.fromMemory", { count: preview.fromMemory, formatted: n(preview.fromMemory) })}</li>
          {quota ? (
            <li data-testid="preview-quota">{t("preview.quota", { remaining: n(quota.remaining), limit: n(quota.characterLimit) })}</li>
          ) : null}
        </ul>
      )}
      {quota && quota.remaining < preview.charactersToBill ? <p className="translate-warning">{t("preview.overQuota")}</p> : null}
      <ErrorMessage id="translate-quota-error" error={quotaErrorCode ? { code: quotaErrorCode, params: {} } : null} />
      <div className="actions">
        <button type="button" className="button primary" data-autofocus disabled={pending || nothing || quotaErrorCode === "deeplBadKey"} onClick={onStart}>
          {t("preview.start")}
        </button>
        <button type="button" className="button" disabled={pending} onClick={onClose}>
          {t("preview.back")}
        </button>
      </div>
    </section>
  );
}
