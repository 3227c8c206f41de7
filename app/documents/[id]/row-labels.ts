import { PARAGRAPH_STATUSES, type ParagraphStatus } from "@/lib/bilingual/types";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";

/** Texts every row shows, translated once per page instead of once per row. */
export interface RowLabels {
  lng: Language;
  targetLang: string;
  noTranslation: string;
  status: Record<ParagraphStatus, { text: string; label: string }>;
}

export async function rowLabels(targetLang: string): Promise<RowLabels> {
  const { t, lng } = await getT(["reader", "common"]);
  const status = Object.fromEntries(
    PARAGRAPH_STATUSES.map((s) => {
      const text = t(`common:status.${s}`);
      return [s, { text, label: t("statusLabel", { status: text }) }];
    }),
  ) as RowLabels["status"];
  return { lng, targetLang, noTranslation: t("noTranslation"), status };
}
