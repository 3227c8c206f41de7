"use client";

import { useTranslation } from "react-i18next";
import { REVIEW_FILTERS } from "@/lib/review/review-filter";
import { SegmentedRadio } from "../../../components/segmented-radio";
import { useReader } from "../reader-root";

/** All / needs review / reviewed. */
export function ReviewFilterSwitch() {
  const { t } = useTranslation("review");
  const { filter, setFilter } = useReader();
  const options = REVIEW_FILTERS.map((value) => ({ value, label: t(`filter.${value}`) }));
  return <SegmentedRadio name="review-filter" legend={t("filter.label")} options={options} value={filter} onChange={setFilter} />;
}
