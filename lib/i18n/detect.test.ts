import { describe, expect, it } from "vitest";
import { acceptedLanguages, pickLanguage } from "./detect";

describe("pickLanguage", () => {
  it("prefers the cookie", () => {
    expect(pickLanguage("id", "en-US,en;q=0.9")).toBe("id");
  });
  it("falls back to Accept-Language by quality", () => {
    expect(pickLanguage(undefined, "fr;q=0.9, id-ID;q=0.8, en;q=0.5")).toBe("id");
    expect(pickLanguage("xx", "en-GB")).toBe("en");
  });
  it("defaults to English", () => {
    expect(pickLanguage(undefined, "de, fr")).toBe("en");
    expect(pickLanguage(undefined, null)).toBe("en");
  });
  it("ignores q=0", () => {
    expect(acceptedLanguages("id;q=0, en")).toEqual(["en"]);
  });
});
