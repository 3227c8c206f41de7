/** Which rows the reader shows: every row, the ones needing review (see needsReview), or the approved ones. */
export const REVIEW_FILTERS = ["all", "needsReview", "reviewed"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** The `filter` query parameter as a filter; anything unknown shows all rows. */
export function parseReviewFilter(value: string | string[] | undefined): ReviewFilter {
  const first = Array.isArray(value) ? value[0] : value;
  return REVIEW_FILTERS.find((filter) => filter === first) ?? "all";
}
