import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n/instance";
import { resources } from "@/lib/i18n/resources";
import { IMPORT_NOTICE_CODES } from "./parsed-source";

const placeholders = (message: string) => [...message.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

// Every refusal the import can raise, read from the code itself so a new one cannot be forgotten.
const sources = fs.readdirSync(new URL(".", import.meta.url)).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
const codes = [...new Set(sources.flatMap((file) => [...fs.readFileSync(new URL(file, import.meta.url), "utf8").matchAll(/new AppError\("(\w+)"/g)].map((m) => m[1])))];

describe("import messages", () => {
  it("finds the refusals in the code", () => {
    expect(codes).toEqual(expect.arrayContaining(["docxSuspicious", "urlPrivateAddress", "fileContentMismatch"]));
  });

  it.each(codes)("%s has an English and an Indonesian message with the same placeholders", (code) => {
    const en: Record<string, string> = resources.en.errors;
    const id: Record<string, string> = resources.id.errors;
    expect(en[code], `en ${code}`).toBeTruthy();
    expect(id[code], `id ${code}`).toBeTruthy();
    expect(id[code]).not.toBe(en[code]);
    expect(placeholders(id[code])).toEqual(placeholders(en[code]));
  });

  it.each(IMPORT_NOTICE_CODES)("notice %s is worded in both languages", (code) => {
    const en: Record<string, string> = resources.en["import-notices"];
    const id: Record<string, string> = resources.id["import-notices"];
    expect(en[code] ?? en[`${code}_other`]).toBeTruthy();
    expect(id[code] ?? id[`${code}_other`]).toBeTruthy();
  });

  it("renders notices with their count in both languages", () => {
    expect(i18nFor("en").getFixedT("en", "import-notices")("imagesIgnored", { count: 1 })).toBe("1 image was left out: only text is imported.");
    expect(i18nFor("en").getFixedT("en", "import-notices")("imagesIgnored", { count: 3 })).toBe("3 images were left out: only text is imported.");
    expect(i18nFor("id").getFixedT("id", "import-notices")("commentsIgnored", { count: 2 })).toBe("2 komentar tidak diimpor.");
  });
});
