import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { BilingualDocument } from "@/lib/bilingual/types";
import { docxAsHtml, elementText } from "./__fixtures__/read-docx";
import { parseTmx } from "./parse-tmx";
import { parseXliff } from "./parse-xliff";
import { toCsv } from "./to-csv";
import { toDocx } from "./to-docx";
import { toTmx } from "./to-tmx";
import { toXliff } from "./to-xliff";

// Real news text at full size: the 1,997 NTREX-128 pairs the export benchmark uses (CC BY-SA 4.0).
function corpus(file: string): string[] {
  return fs.readFileSync(new URL(`../../bench/corpus/ntrex/${file}`, import.meta.url), "utf8").replace(/\r?\n$/, "").split(/\r?\n/);
}

const indonesian = corpus("newstest2019-ref.ind.txt");
const english = corpus("newstest2019-ref.eng-US.txt");
const at = new Date("2026-11-29T00:00:00Z");
const document: BilingualDocument = {
  id: 7,
  title: "NTREX",
  sourceLang: "id",
  targetLang: "en-US",
  originKind: "file",
  originRef: null,
  createdAt: at,
  updatedAt: at,
  paragraphs: indonesian.map((sourceText, position) => ({ id: position + 1, position, kind: "body", dateline: null, sourceText, targetText: english[position], status: "reviewed", machineText: null, candidateText: null, translationError: null, sourceStale: false, version: 1, createdAt: at, updatedAt: at })),
};
const pairs = indonesian.map((source, i) => [source, english[i]]);

describe("the NTREX document read back from each export", () => {
  it("has 1,997 aligned pairs", () => {
    expect(pairs).toHaveLength(1997);
  });

  it("DOCX, read by mammoth", async () => {
    const html = await docxAsHtml(await toDocx(document));
    expect(Array.from(html.querySelectorAll("tr")).slice(1).map((tr) => Array.from(tr.querySelectorAll("td")).map(elementText))).toEqual(pairs);
  });

  it("XLIFF, TMX and CSV, read by their parsers", () => {
    expect(parseXliff(toXliff(document)).units.map((u) => [u.source, u.target])).toEqual(pairs);
    expect(parseTmx(toTmx(document)).pairs.map((p) => [p.sourceText, p.targetText])).toEqual(pairs);
    expect((parse(toCsv(document), { bom: true }) as string[][]).slice(1).map((row) => [row[3], row[4]])).toEqual(pairs);
  });
});
