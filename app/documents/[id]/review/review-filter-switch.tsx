"use client";

import { useTranslation } from "react-i18next";
import { REVIEW_FILTERS } from "@/lib/review/review-filter";
import { useReader } from "../reader-root";

/** All / needs review / reviewed, as a radio group like the reading modes. */
export function ReviewFilterSwitch() {
  const { t } = useTranslation("review");
  const { filter, setFilter } = useReader();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t("filter.label")}</legend>
      {REVIEW_FILTERS.map((value) => (
        <label key={value}>
          <input type="radio" name="review-filter" value={value} checked={filter === value} onChange={() => setFilter(value)} />
          <span>{t(`filter.${value}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
