"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "@/lib/i18n/client";
import { formatPercent } from "@/lib/i18n/format";
import { cookieString, FONT_SCALE_COOKIE, FONT_SCALES, stepFontScale } from "@/lib/reader/preferences";

/** Smaller / larger reading text, remembered for every document. */
export function FontSizeControl({ initialScale }: { initialScale: number }) {
  const { t } = useTranslation("reader");
  const lng = useLanguage();
  const [scale, setScale] = useState(initialScale);
  const change = (direction: 1 | -1) => {
    const next = stepFontScale(scale, direction);
    setScale(next);
    document.documentElement.style.setProperty("--reading-scale", String(next));
    document.cookie = cookieString(FONT_SCALE_COOKIE, String(next));
  };
  return (
    <div className="font-size" role="group" aria-label={t("fontSize.label")}>
      <button type="button" className="icon-button" aria-label={t("fontSize.smaller")} disabled={scale === FONT_SCALES[0]} onClick={() => change(-1)}>
        <span aria-hidden="true">A−</span>
      </button>
      <output aria-live="polite">{formatPercent(scale, lng)}</output>
      <button type="button" className="icon-button" aria-label={t("fontSize.larger")} disabled={scale === FONT_SCALES.at(-1)} onClick={() => change(1)}>
        <span aria-hidden="true">A+</span>
      </button>
    </div>
  );
}
