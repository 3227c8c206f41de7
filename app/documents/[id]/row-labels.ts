import { PARAGRAPH_STATUSES, type ParagraphStatus } from "@/lib/bilingual/types";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import { deeplConfigFromEnv } from "@/lib/translate/config";

/** Texts every row shows, translated once per page instead of once per row. */
export interface RowLabels {
  lng: Language;
  targetLang: string;
  noTranslation: string;
  status: Record<ParagraphStatus, { text: string; label: string }>;
  /** The per-row machine-translation buttons' texts; null without a DeepL key (no such buttons then). */
  translate: { retranslate: string; retry: string; failed: string; candidate: string; accept: string; keep: string } | null;
}

export async function rowLabels(targetLang: string): Promise<RowLabels> {
  const { t, lng } = await getT(["reader", "common", "translate"]);
  const status = Object.fromEntries(
    PARAGRAPH_STATUSES.map((s) => {
      const text = t(`common:status.${s}`);
      return [s, { text, label: t("statusLabel", { status: text }) }];
    }),
  ) as RowLabels["status"];
  const translate = deeplConfigFromEnv()
    ? {
        retranslate: t("translate:row.retranslate"),
        retry: t("translate:row.retry"),
        failed: t("translate:row.failed"),
        candidate: t("translate:row.candidate"),
        accept: t("translate:row.accept"),
        keep: t("translate:row.keep"),
      }
    : null;
  return { lng, targetLang, noTranslation: t("noTranslation"), status, translate };
}
