import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { checkDocxZip, DOCX_ZIP_LIMITS } from "./check-zip";
import { makeZip } from "./fixtures/make-zip";

const DOCUMENT = { name: "word/document.xml", data: "<w:document/>" };
const MB = 1024 * 1024;

describe("checkDocxZip", () => {
  it("accepts a small, honest DOCX-shaped archive", async () => {
    await expect(checkDocxZip(makeZip([{ name: "[Content_Types].xml", data: "<Types/>" }, DOCUMENT]))).resolves.toBeUndefined();
  });

  it("refuses a zip bomb: one highly compressible entry far beyond the ratio limit", async () => {
    const bomb = makeZip([DOCUMENT, { name: "word/media/image1.png", data: new Uint8Array(20 * MB) }]);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect((await refusal(() => checkDocxZip(bomb))).code).toBe("docxSuspicious");
  });

  it("refuses more uncompressed data than the total limit", async () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({ name: `word/media/${i}.bin`, data: randomBytes(MB / 2) }));
    const archive = makeZip([DOCUMENT, ...entries]);
    await expect(checkDocxZip(archive)).resolves.toBeUndefined();
    expect((await refusal(() => checkDocxZip(archive, { ...DOCX_ZIP_LIMITS, maxTotalBytes: MB }))).code).toBe("docxTooLarge");
  });

  it("refuses too many entries before reading any", async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `word/${i}.xml`, data: "x" }));
    expect((await refusal(() => checkDocxZip(makeZip([DOCUMENT, ...entries]), { ...DOCX_ZIP_LIMITS, maxEntries: 10 }))).code).toBe("docxTooManyEntries");
  });

  it("refuses an XML part whose header understates its size", async () => {
    const lying = makeZip([{ name: "word/document.xml", data: "<w:document>".padEnd(100_000, "a"), declaredSize: 100 }]);
    expect((await refusal(() => checkDocxZip(lying))).code).toBe("docxSuspicious");
  });

  it.each([
    ["a ZIP without word/document.xml", makeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }])],
    ["a truncated archive", makeZip([DOCUMENT]).subarray(0, 30)],
    ["bytes that only start like a ZIP", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])("refuses %s as not a DOCX", async (_name, bytes) => {
    expect((await refusal(() => checkDocxZip(bytes))).code).toBe("docxInvalid");
  });

  it("refuses unsafe entry names", async () => {
    expect((await refusal(() => checkDocxZip(makeZip([DOCUMENT, { name: "../../etc/passwd", data: "x" }])))).code).toBe("docxSuspicious");
  });
});
