import { describe, expect, it } from "vitest";
import { checkGlossary } from "./check-glossary";

const terms = [
  { source: "Dewan Perwakilan Rakyat", target: "House of Representatives" },
  { source: "bansos", target: "social aid" },
  { source: "ojek", target: "motorcycle taxi" },
];

describe("checkGlossary", () => {
  it("accepts a translation that uses the agreed English", () => {
    expect(checkGlossary({ sourceText: "Dewan Perwakilan  Rakyat menyetujui bansos.", targetText: "The house of representatives approved social aid." }, terms)).toEqual([]);
  });

  it("reports a term whose English is missing", () => {
    expect(checkGlossary({ sourceText: "DPR menyetujui bansos.", targetText: "Parliament approved welfare payments." }, terms)).toEqual([
      { code: "glossaryMissing", params: { source: "bansos", target: "social aid" } },
    ]);
  });

  it("matches whole words only and allows English plurals", () => {
    expect(checkGlossary({ sourceText: "Para pengojek berdemo.", targetText: "Drivers protested." }, terms)).toEqual([]);
    expect(checkGlossary({ sourceText: "Tarif ojek naik.", targetText: "Motorcycle taxis cost more." }, terms)).toEqual([]);
  });

  it("says nothing while there is no English", () => {
    expect(checkGlossary({ sourceText: "bansos", targetText: null }, terms)).toEqual([]);
  });
});
