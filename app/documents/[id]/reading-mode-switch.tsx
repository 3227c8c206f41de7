"use client";

import { useTranslation } from "react-i18next";
import { READING_MODES } from "@/lib/reader/preferences";
import { SegmentedRadio } from "../../components/segmented-radio";
import { useReader } from "./reader-root";

export function ReadingModeSwitch() {
  const { t } = useTranslation("reader");
  const { mode, setMode } = useReader();
  const options = READING_MODES.map((value) => ({ value, label: t(`mode.${value}`) }));
  return <SegmentedRadio name="reading-mode" legend={t("mode.label")} options={options} value={mode} onChange={setMode} />;
}
