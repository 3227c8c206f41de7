import { describe, expect, it } from "vitest";
import { parseReviewFilter } from "./review-filter";

describe("parseReviewFilter", () => {
  it("takes known filters and falls back to all", () => {
    expect(parseReviewFilter("needsReview")).toBe("needsReview");
    expect(parseReviewFilter(["reviewed", "all"])).toBe("reviewed");
    expect(parseReviewFilter("bogus")).toBe("all");
    expect(parseReviewFilter(undefined)).toBe("all");
  });
});
