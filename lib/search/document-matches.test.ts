import { describe, expect, it } from "vitest";
import { documentMatches } from "./document-matches";

const paragraphs = [
  { position: 1, sourceText: "Putin tiba.", targetText: "Putin arrived. Putin smiled." },
  { position: 0, sourceText: "Kim mengundang Putin.", targetText: null },
];

describe("documentMatches", () => {
  it("lists matches in reading order, Indonesian before English", () => {
    expect(documentMatches(paragraphs, "putin")).toEqual({
      matches: [
        { position: 0, side: "source", start: 15, end: 20 },
        { position: 1, side: "source", start: 0, end: 5 },
        { position: 1, side: "target", start: 0, end: 5 },
        { position: 1, side: "target", start: 15, end: 20 },
      ],
      truncated: false,
    });
  });

  it("stops at the limit and says so", () => {
    const result = documentMatches(paragraphs, "putin", 2);
    expect(result.matches).toHaveLength(2);
    expect(result.truncated).toBe(true);
  });
});
