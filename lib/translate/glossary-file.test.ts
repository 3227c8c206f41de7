import { describe, expect, it } from "vitest";
import { parseGlossaryFile } from "./glossary-file";

describe("parseGlossaryFile", () => {
  it("reads CSV with a header, quotes and an optional note", () => {
    const csv = 'source,target,note\nPresiden,President,\n"Dewan Perwakilan Rakyat, DPR",House of Representatives,"parliament, lower house"\n';
    expect(parseGlossaryFile(csv, "terms.csv")).toEqual({
      terms: [
        { source: "Presiden", target: "President", note: null },
        { source: "Dewan Perwakilan Rakyat, DPR", target: "House of Representatives", note: "parliament, lower house" },
      ],
      problems: [],
    });
  });

  it("reads TSV by extension or by sniffing, and semicolon CSV", () => {
    expect(parseGlossaryFile("\ufeffistilah\tterjemahan\nGubernur\tGovernor\n", "g.tsv").terms).toEqual([{ source: "Gubernur", target: "Governor" }]);
    expect(parseGlossaryFile("Menteri\tMinister, cabinet\n", "g.txt").terms).toEqual([{ source: "Menteri", target: "Minister, cabinet" }]);
    expect(parseGlossaryFile("Bupati;Regent\r\nWali kota;Mayor\r\n", "g.csv").terms).toEqual([
      { source: "Bupati", target: "Regent" },
      { source: "Wali kota", target: "Mayor" },
    ]);
  });

  it("reports every bad line by number and keeps none of the file's terms back", () => {
    const text = ["Presiden,President", "Menteri", ",Empty", "Presiden,Again", `Tab${"\u0007"},X`, "Gubernur,Governor"].join("\n");
    const { problems } = parseGlossaryFile(text, "bad.csv");
    expect(problems).toEqual([
      { line: 2, code: "glossaryLineColumns", params: {} },
      { line: 3, code: "glossaryTermEmpty", params: {} },
      { line: 4, code: "glossaryTermRepeated", params: { term: "Presiden", earlier: 1 } },
      { line: 5, code: "glossaryTermInvalidCharacter", params: {} },
    ]);
  });

  it("reports a file it cannot parse and a file without terms", () => {
    expect(parseGlossaryFile('"Presiden,President\nMenteri,Minister', "broken.csv").problems[0].code).toBe("glossaryFileUnreadable");
    expect(parseGlossaryFile("source,target\n\n", "empty.csv").problems).toEqual([{ line: 1, code: "glossaryFileEmpty", params: {} }]);
  });
});
