import { describe, expect, it } from "vitest";
import { reviewTotals, type TotalsInput } from "./review-totals";

const row = (over: Partial<TotalsInput>): TotalsInput => ({ status: "machine", sourceStale: false, machineText: "Kim arrived.", targetText: "Kim arrived.", ...over });

describe("reviewTotals", () => {
  it("counts statuses and averages post-edit distance over handled paragraphs only", () => {
    const totals = reviewTotals([
      row({ status: "untranslated", machineText: null, targetText: null }),
      row({ status: "machine", targetText: "Completely different text here." }),
      row({ status: "edited", targetText: "Kim arrives." }),
      row({ status: "reviewed" }),
      row({ status: "reviewed", sourceStale: true, machineText: null }),
    ]);
    expect(totals).toEqual({
      paragraphs: 5,
      translated: 4,
      reviewed: 1,
      needsReview: 3,
      stale: 1,
      postEdited: 2,
      averagePostEditDistance: 4.2,
    });
  });

  it("has no average without handled machine output", () => {
    expect(reviewTotals([]).averagePostEditDistance).toBeNull();
    expect(reviewTotals([row({ status: "machine" })]).averagePostEditDistance).toBeNull();
  });
});
