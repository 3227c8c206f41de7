import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "./__fixtures__/sample-document";
import { toCsv } from "./to-csv";

const document = sampleDocument();

function read(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and separates records with CRLF", () => {
    const csv = toCsv(document);
    expect(csv.startsWith("\uFEFFposition,kind,status,Indonesian,English\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/"(?:[^"]|"")*"/g, "").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("reads back with a real CSV parser, every text byte for byte", () => {
    expect(read(toCsv(document))).toEqual([
      ["position", "kind", "status", "Indonesian", "English"],
      ...document.paragraphs.map((p) => [String(p.position + 1), p.kind, p.status, p.sourceText, p.targetText ?? ""]),
    ]);
  });

  it("quotes only fields that need it, doubling their quotes", () => {
    const lines = toCsv(document).split("\r\n");
    expect(lines[2]).toBe("2,body,machine,Pemerintah menaikkan harga 5% | kata menteri.,The government raised prices by 5% | the minister said.");
    expect(lines[7]).toBe(`7,body,edited,"Tanda\u0007bel & <tag> ""kutip"" 'tunggal' &amp;","Bell\u0007 sign & <tag> ""quotes"" 'single' &amp;"`);
  });

  it("leaves unreviewed English empty with reviewed-only content", () => {
    expect(read(toCsv(document, { content: "reviewed-only" })).slice(1).map((row) => row[4])).toEqual(
      document.paragraphs.map((p) => (p.status === "reviewed" ? (p.targetText ?? "") : "")),
    );
  });
});
