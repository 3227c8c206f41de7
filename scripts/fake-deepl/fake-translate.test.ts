import { describe, expect, it } from "vitest";
import { billedCharacters } from "@/lib/translate/billing";
import { applyGlossary, fakeTranslate } from "./fake-translate";

describe("fake translation", () => {
  it("marks the target language and replaces whole glossary terms, longest first, once", () => {
    const pairs = [["Presiden", "President"], ["Presiden Joko", "President Jokowi"], ["President", "X"]] as const;
    expect(fakeTranslate("Presiden Joko dan Presidensial", "en-gb", pairs)).toBe("[EN-GB] President Jokowi dan Presidensial");
    expect(applyGlossary("(Rp.) biaya", [["Rp.", "IDR"]])).toBe("(IDR) biaya");
  });

  it("counts code points, not UTF-16 units", () => {
    expect(billedCharacters("a😀é")).toBe(3);
  });
});
