import { describe, expect, it } from "vitest";
import {
  cookieString,
  MAX_REMEMBERED_MODES,
  modeFor,
  parseFontScale,
  parseModes,
  parseTheme,
  readCookie,
  stepFontScale,
  withMode,
} from "./preferences";

describe("reading mode cookie", () => {
  it("reads the mode of each document and defaults to side by side", () => {
    expect(modeFor("12:interleaved/5:source", 5)).toBe("source");
    expect(modeFor("12:interleaved/5:source", 7)).toBe("side-by-side");
    expect(modeFor(undefined, 1)).toBe("side-by-side");
  });

  it("skips malformed entries and keeps the first of duplicates", () => {
    expect([...parseModes("x:source/3:nonsense/-1:target/4:target/4:source//")]).toEqual([[4, "target"]]);
  });

  it("puts the latest choice first and does not store the default", () => {
    expect(withMode("12:interleaved/5:source", 5, "target")).toBe("5:target/12:interleaved");
    expect(withMode("12:interleaved/5:source", 12, "side-by-side")).toBe("5:source");
  });

  it("forgets the oldest documents beyond the cap", () => {
    let value = "";
    for (let id = 1; id <= MAX_REMEMBERED_MODES + 5; id++) value = withMode(value, id, "source");
    const modes = parseModes(value);
    expect(modes.size).toBe(MAX_REMEMBERED_MODES);
    expect(modes.has(1)).toBe(false);
    expect(modes.get(MAX_REMEMBERED_MODES + 5)).toBe("source");
  });
});

describe("theme and font size cookies", () => {
  it("accepts known themes only", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("purple")).toBe("system");
    expect(parseTheme(undefined)).toBe("system");
  });

  it("accepts known font scales only and steps within bounds", () => {
    expect(parseFontScale("1.25")).toBe(1.25);
    expect(parseFontScale("3")).toBe(1);
    expect(stepFontScale(1, 1)).toBe(1.125);
    expect(stepFontScale(1, -1)).toBe(0.875);
    expect(stepFontScale(0.875, -1)).toBe(0.875);
    expect(stepFontScale(1.75, 1)).toBe(1.75);
  });
});

describe("cookie strings", () => {
  it("writes a year-long site-wide cookie and reads it back", () => {
    expect(cookieString("selaras-theme", "dark")).toBe("selaras-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(readCookie("a=1; selaras-modes=3:source/4:target; b=2", "selaras-modes")).toBe("3:source/4:target");
    expect(readCookie("a=1", "selaras-modes")).toBeUndefined();
  });
});
