import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { zipEntryText } from "./__fixtures__/read-docx";
import { EXPORTED_AT, sampleDocument } from "./__fixtures__/sample-document";
import { exportDocument } from "./export-document";
import { EXPORT_FORMATS, exportFileName, isExportFormat, type ExportFormat } from "./formats";
import type { ExportOptions } from "./options";

const GOLDEN_DIR = fileURLToPath(new URL("./__golden__/", import.meta.url));
const document = sampleDocument();

// The golden files pin each format's exact output for the sample document. After an intended change,
// regenerate them with `UPDATE_GOLDEN=1 npx vitest run lib/export/export-document.test.ts` and review the diff.
const GOLDEN: [file: string, format: ExportFormat, options: ExportOptions][] = [
  ["sample.docx.document.xml", "docx", {}],
  ["sample.interleaved-reviewed.docx.document.xml", "docx", { layout: "interleaved", content: "reviewed-only" }],
  ["sample.html", "html", {}],
  ["sample.interleaved.html", "html", { layout: "interleaved" }],
  ["sample.md", "md", {}],
  ["sample.interleaved-reviewed.md", "md", { layout: "interleaved", content: "reviewed-only" }],
  ["sample.tmx", "tmx", {}],
  ["sample.xlf", "xliff", {}],
  ["sample.csv", "csv", {}],
];

/** DOCX archives carry timestamps, so the golden file is the document part, one paragraph or row per line. */
async function comparable(format: ExportFormat, bytes: Uint8Array): Promise<string> {
  if (format !== "docx") return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return (await zipEntryText(bytes, "word/document.xml")).replace(/(<w:(?:p|tr|tbl)>)/g, "\n$1");
}

describe("exportDocument", () => {
  it.each(GOLDEN)("matches the golden file %s", async (file, format, options) => {
    const actual = await comparable(format, (await exportDocument(document, format, { ...options, exportedAt: EXPORTED_AT })).bytes);
    const path = `${GOLDEN_DIR}${file}`;
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(path, actual);
    expect(actual).toBe(fs.readFileSync(path, "utf8"));
  });

  it("names the file after the title and serves it with the format's MIME type", async () => {
    const files = await Promise.all(EXPORT_FORMATS.map((f) => exportDocument(document, f.id, { exportedAt: EXPORTED_AT })));
    expect(files.map((f) => [f.fileName, f.mimeType])).toEqual(EXPORT_FORMATS.map((f) => [`harga-beras-naik-lainnya.${f.extension}`, f.mimeType]));
    expect(Array.from(files[0].bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  it("knows its formats and makes a file name from any title", () => {
    expect(EXPORT_FORMATS.map((f) => f.id).filter(isExportFormat)).toEqual(["docx", "html", "md", "tmx", "xliff", "csv"]);
    expect(isExportFormat("pdf")).toBe(false);
    expect(exportFileName("Café — Jakarta: 2026!", "md")).toBe("café-jakarta-2026.md");
    expect(exportFileName("🍚 ***", "csv")).toBe("document.csv");
  });

  it.each(EXPORT_FORMATS.map((f) => [f.id, f.layout, f.marksUnreviewed] as const))(
    "%s honours layout (%s) and marking unreviewed English (%s) exactly as its format entry says",
    async (format, layout, marksUnreviewed) => {
      const text = async (options: ExportOptions) => comparable(format, (await exportDocument(document, format, { ...options, exportedAt: EXPORTED_AT })).bytes);
      expect((await text({ layout: "table" })) !== (await text({ layout: "interleaved" }))).toBe(layout);
      const reviewedOnly = { content: "reviewed-only" } as const;
      expect((await text({ ...reviewedOnly, unreviewed: "mark" })) !== (await text({ ...reviewedOnly, unreviewed: "omit" }))).toBe(marksUnreviewed);
    },
  );
});
