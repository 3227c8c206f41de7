import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { chooseFormat, parseFormatOption, type ImportFormat } from "./choose-format";

const text = (value: string) => new TextEncoder().encode(value);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const PDF = text("%PDF-1.4\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HTML = text("<!doctype html><html><body><p>Halo</p></body></html>");

describe("chooseFormat", () => {
  it.each([
    ["berita.txt", text("Halo."), "txt"],
    ["CATATAN.MD", text("# Halo"), "md"],
    ["catatan.markdown", text("# Halo"), "md"],
    ["laporan.docx", ZIP, "docx"],
    ["halaman.htm", HTML, "html"],
    ["halaman.html", text("<p>sepotong HTML tanpa dokumen</p>"), "html"],
  ] as const)("reads %s by its extension", (name, bytes, format) => {
    expect(chooseFormat({ name, bytes })).toBe(format);
  });

  it("uses the content type, then the content, when the name has no extension", () => {
    expect(chooseFormat({ name: "unggahan", bytes: text("# Halo"), type: "text/markdown; charset=utf-8" })).toBe("md");
    expect(chooseFormat({ name: "-", bytes: ZIP })).toBe("docx");
    expect(chooseFormat({ name: "-", bytes: HTML })).toBe("html");
    expect(chooseFormat({ name: "-", bytes: text("Halo.") })).toBe("txt");
  });

  it("lets a forced format win over the extension", () => {
    expect(chooseFormat({ name: "catatan.txt", bytes: text("# Halo") }, "md")).toBe("md");
    expect(chooseFormat({ name: "halaman.txt", bytes: HTML }, "txt")).toBe("txt");
    expect(chooseFormat({ name: "halaman.md", bytes: HTML }, "html")).toBe("html");
  });

  it.each([
    ["laporan.pdf", PDF, undefined, "unsupportedFileType"],
    ["laporan.doc", text("x"), undefined, "unsupportedFileType"],
    ["laporan.docx", text("Bukan arsip ZIP"), undefined, "docxNotZip"],
    ["laporan.docx", PDF, undefined, "docxNotZip"],
    ["catatan.txt", ZIP, undefined, "fileContentMismatch"],
    ["catatan.txt", PDF, undefined, "fileContentMismatch"],
    ["gambar.txt", PNG, undefined, "fileContentMismatch"],
    ["catatan.md", HTML, undefined, "fileContentMismatch"],
    ["catatan.txt", HTML, undefined, "fileContentMismatch"],
    ["halaman.html", ZIP, undefined, "fileContentMismatch"],
    ["catatan.txt", new Uint8Array([65, 0, 66]), undefined, "notText"],
    ["catatan.txt", PDF, "md", "fileContentMismatch"],
    ["catatan.txt", text("Halo"), "docx", "docxNotZip"],
  ] as const)("refuses %s with content it does not hold (forced: %s)", async (name, bytes, forced, code) => {
    expect((await refusal(() => chooseFormat({ name, bytes }, forced as ImportFormat | undefined))).code).toBe(code);
  });

  it("names what was found and what was expected", async () => {
    expect((await refusal(() => chooseFormat({ name: "catatan.md", bytes: PDF }))).params).toEqual({ name: "catatan.md", found: "PDF", expected: "Markdown" });
  });
});

describe("parseFormatOption", () => {
  it("accepts format names and extensions in any case", () => {
    expect(parseFormatOption("MD")).toBe("md");
    expect(parseFormatOption(".htm")).toBe("html");
    expect(parseFormatOption("markdown")).toBe("md");
    expect(parseFormatOption(undefined)).toBeUndefined();
    expect(parseFormatOption("")).toBeUndefined();
  });

  it("refuses an unknown format", async () => {
    expect(await refusal(() => parseFormatOption("pdf"))).toMatchObject({ code: "unknownFormat", params: { format: "pdf", formats: "txt, md, docx, html" } });
  });
});
