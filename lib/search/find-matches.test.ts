import { describe, expect, it } from "vitest";
import { findMatches, MAX_QUERY_LENGTH, normaliseQuery } from "./find-matches";

describe("findMatches", () => {
  it("finds every occurrence, whatever the case", () => {
    expect(findMatches("Kim bertemu Putin. PUTIN tersenyum; putin pergi.", "putin")).toEqual([
      { start: 12, end: 17 },
      { start: 19, end: 24 },
      { start: 36, end: 41 },
    ]);
  });

  it("matches non-ASCII letters case-insensitively with offsets in the original text", () => {
    expect(findMatches("ÉCOLE et école", "école")).toEqual([
      { start: 0, end: 5 },
      { start: 9, end: 14 },
    ]);
  });

  it("treats the query literally and lets white space match any white space", () => {
    expect(findMatches("naik 50% (tahun ini)", "50% (tahun")).toEqual([{ start: 5, end: 15 }]);
    expect(findMatches("Korea\n  Utara", "korea utara")).toEqual([{ start: 0, end: 13 }]);
    expect(findMatches("a.b", ".")).toEqual([{ start: 1, end: 2 }]);
    expect(findMatches("pro-kontra a/b [x] {y} ^$|\\", "-kontra a/b [x] {y} ^$|\\")).toEqual([{ start: 3, end: 27 }]);
  });

  it("finds nothing for a blank query", () => {
    expect(findMatches("teks", "   ")).toEqual([]);
  });
});

describe("normaliseQuery", () => {
  it("trims, collapses white space and caps the length", () => {
    expect(normaliseQuery("  Korea \t Utara ")).toBe("Korea Utara");
    expect(normaliseQuery("x".repeat(MAX_QUERY_LENGTH + 10))).toHaveLength(MAX_QUERY_LENGTH);
  });
});
