import { describe, expect, it } from "vitest";
import { pairSentences, readingSentences } from "./align-sentences";

describe("readingSentences", () => {
  it("keeps the spaces between sentences out of the sentences and loses no text", () => {
    const text = "Harga naik Rp. 5.000 kemarin.  Pedagang mengeluh! Apa kata pemerintah?";
    const sentences = readingSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Harga naik Rp. 5.000 kemarin.", "Pedagang mengeluh!", "Apa kata pemerintah?"]);
    expect(sentences.map((s) => s.text + s.trailing).join("")).toBe(text);
  });

  it("gives nothing for an empty paragraph", () => {
    expect(readingSentences("")).toEqual([]);
  });
});

describe("pairSentences", () => {
  it("pairs by position when both sides have as many sentences", () => {
    expect(pairSentences(["Satu.", "Dua.", "Tiga."], ["One.", "Two.", "Three."])).toEqual({
      by: "sentence",
      pairs: [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    });
  });

  it("falls back to the whole paragraph when the counts differ", () => {
    expect(pairSentences(["Satu.", "Dua."], ["One and two."])).toEqual({ by: "paragraph", sourceCount: 2, targetCount: 1 });
  });

  it("pairs nothing when a side is empty", () => {
    expect(pairSentences(["Satu."], [])).toEqual({ by: "none" });
    expect(pairSentences([], ["One."])).toEqual({ by: "none" });
  });
});
