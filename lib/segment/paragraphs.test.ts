import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs";

describe("splitParagraphs", () => {
  it("reads one paragraph per line when there are no blank lines", () => {
    expect(splitParagraphs("Satu.\r\n  Dua.  \n\nTiga.".replace("\n\n", "\n"))).toEqual(["Satu.", "Dua.", "Tiga."]);
  });

  it("reads blank-line-separated blocks and joins hard-wrapped lines", () => {
    expect(splitParagraphs("Baris satu\nlanjutan.\n\n\n  Blok dua.\n \nBlok tiga.")).toEqual([
      "Baris satu lanjutan.",
      "Blok dua.",
      "Blok tiga.",
    ]);
  });

  it("keeps credit and related lines apart inside a block", () => {
    expect(splitParagraphs("Isi berita.\nREUTERS\nBaca juga: Lain\n\nBlok.")).toEqual([
      "Isi berita.",
      "REUTERS",
      "Baca juga: Lain",
      "Blok.",
    ]);
  });

  it("drops empty lines, strips a BOM and collapses spaces", () => {
    expect(splitParagraphs("\uFEFF  a \t b  \n\n\n")).toEqual(["a b"]);
    expect(splitParagraphs(" \n\t\n")).toEqual([]);
  });
});
