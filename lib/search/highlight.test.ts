import { describe, expect, it } from "vitest";
import { findMatches } from "./find-matches";
import { excerptAround, highlightPieces } from "./highlight";

describe("highlightPieces", () => {
  it("alternates plain and matching pieces and keeps every character", () => {
    const text = "Putin dan Kim: Putin.";
    expect(highlightPieces(text, findMatches(text, "putin"))).toEqual([
      { text: "Putin", match: true },
      { text: " dan Kim: ", match: false },
      { text: "Putin", match: true },
      { text: ".", match: false },
    ]);
  });

  it("gives the text as one plain piece without matches and ignores bad ranges", () => {
    expect(highlightPieces("teks", [])).toEqual([{ text: "teks", match: false }]);
    expect(highlightPieces("teks", [{ start: 2, end: 9 }])).toEqual([{ text: "teks", match: false }]);
  });
});

describe("excerptAround", () => {
  const words = Array.from({ length: 80 }, (_, i) => `kata${i}`);
  const text = [...words.slice(0, 40), "Putin", ...words.slice(40)].join(" ");

  it("cuts around the first match at word boundaries, with ellipses", () => {
    const excerpt = excerptAround(text, findMatches(text, "putin"), 30);
    expect(excerpt.text.startsWith("…kata")).toBe(true);
    expect(excerpt.text.endsWith("…")).toBe(true);
    expect(excerpt.text).not.toMatch(/…\s|\s…/);
    expect(excerpt.text.length).toBeLessThan(80);
    const [range] = excerpt.ranges;
    expect(excerpt.text.slice(range.start, range.end)).toBe("Putin");
  });

  it("keeps a short text whole", () => {
    expect(excerptAround("Kim bertemu Putin.", findMatches("Kim bertemu Putin.", "putin"))).toEqual({
      text: "Kim bertemu Putin.",
      ranges: [{ start: 12, end: 17 }],
    });
  });
});
