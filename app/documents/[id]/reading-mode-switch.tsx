"use client";

import { useTranslation } from "react-i18next";
import { READING_MODES } from "@/lib/reader/preferences";
import { useReader } from "./reader-root";

/** Four modes as a radio group: arrow keys move between them, as in any native radio group. */
export function ReadingModeSwitch() {
  const { t } = useTranslation("reader");
  const { mode, setMode } = useReader();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t("mode.label")}</legend>
      {READING_MODES.map((value) => (
        <label key={value}>
          <input type="radio" name="reading-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
          <span>{t(`mode.${value}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
