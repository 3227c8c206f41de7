import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { fileTooLarge, formatBytes, MAX_IMPORT_BYTES, MAX_PARAGRAPHS } from "./limits";
import { parsePlainText } from "./parse-plain-text";

describe("parsePlainText", () => {
  it("derives the title and marks structure", () => {
    const draft = parsePlainText({ text: "KOMPAS.com - Harga beras naik lagi. Warga mengeluh.\n\nANTARA", originKind: "paste" });
    expect(draft.title).toBe("Harga beras naik lagi");
    expect(draft.paragraphs.map((p) => p.kind)).toEqual(["body", "credit"]);
    expect(draft.paragraphs[0].dateline).toBe("KOMPAS.com - ");
  });

  it("keeps a given title, trimmed", () => {
    expect(parsePlainText({ text: "Isi.", title: "  Judul  ", originKind: "paste" }).title).toBe("Judul");
  });

  it.each([
    ["empty", "", "emptyText"],
    ["whitespace only", " \n\t\n  ", "emptyText"],
    ["too many paragraphs", "a\n".repeat(MAX_PARAGRAPHS + 1), "tooManyParagraphs"],
    ["too large", "a".repeat(MAX_IMPORT_BYTES + 1), "textTooLarge"],
  ])("refuses %s text", async (_name, text, code) => {
    expect((await refusal(() => parsePlainText({ text, originKind: "paste" }))).code).toBe(code);
  });

  it("refuses an over-long title", async () => {
    expect((await refusal(() => parsePlainText({ text: "Isi.", title: "x".repeat(301), originKind: "paste" }))).code).toBe("titleTooLong");
  });
});

describe("formatBytes", () => {
  it("never shows a size over the limit as equal to it", () => {
    expect(formatBytes(MAX_IMPORT_BYTES)).toBe("5 MB");
    expect(formatBytes(MAX_IMPORT_BYTES + 10)).toBe("5.01 MB");
    expect(formatBytes(2048)).toBe("2 KB");
    expect(formatBytes(12)).toBe("12 B");
  });
});

describe("fileTooLarge", () => {
  it("refuses only files over the limit, with both sizes formatted", () => {
    expect(fileTooLarge(MAX_IMPORT_BYTES, MAX_IMPORT_BYTES)).toBeNull();
    expect(fileTooLarge(MAX_IMPORT_BYTES + 10, MAX_IMPORT_BYTES)).toEqual({ code: "fileTooLarge", params: { size: "5.01 MB", limit: "5 MB" } });
  });
});
