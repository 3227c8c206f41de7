import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { decodeHtml, metaCharset } from "./decode-html";
import { decodeTextFile } from "./decode-text";

// "Kerja sama “strategis” – café" as Windows-1252 bytes.
const WINDOWS_1252 = new Uint8Array([
  ...new TextEncoder().encode("Kerja sama "), 0x93, ...new TextEncoder().encode("strategis"), 0x94, 0x20, 0x96, 0x20,
  ...new TextEncoder().encode("caf"), 0xe9,
]);

describe("decodeTextFile", () => {
  it("decodes UTF-8, with or without a byte-order mark", () => {
    expect(decodeTextFile(new TextEncoder().encode("Kerja sama “strategis”"))).toEqual({ text: "Kerja sama “strategis”", guessedWindows1252: false });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x61, 0x69])).text).toBe("Hai");
  });

  it("decodes UTF-16 announced by its byte-order mark", () => {
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x61, 0x00, 0x69, 0x00])).text).toBe("Hai");
    expect(decodeTextFile(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x61, 0x00, 0x69])).text).toBe("Hai");
  });

  it("reads invalid UTF-8 that plausibly is Windows-1252 as Windows-1252, and says so", () => {
    expect(decodeTextFile(WINDOWS_1252)).toEqual({ text: "Kerja sama “strategis” – café", guessedWindows1252: true });
  });

  it("uses a declared charset other than UTF-8 without guessing", () => {
    expect(decodeTextFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "ISO-8859-1")).toEqual({ text: "café", guessedWindows1252: false });
    expect(decodeTextFile(new Uint8Array([0x93, 0x61, 0x94]), "latin1").text).toBe("“a”");
    expect(decodeTextFile(new Uint8Array([0xa1, 0x61]), "iso-8859-2").text).toBe("Ąa");
    expect(decodeTextFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "no-such-charset")).toEqual({ text: "café", guessedWindows1252: true });
  });

  it.each([
    ["NUL bytes", new Uint8Array([65, 0, 66]), "notText"],
    ["bytes Windows-1252 leaves undefined", new Uint8Array([0x41, 0x81, 0x42]), "invalidEncoding"],
    ["control characters", new Uint8Array([0x41, 0x01, 0xe9, 0x42]), "invalidEncoding"],
    ["mostly high bytes", new Uint8Array([0xc3, 0x28, 0xe9, 0xea, 0xeb, 0xec, 0x41]), "invalidEncoding"],
    ["broken UTF-16", new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), "invalidEncoding"],
  ])("refuses %s", async (_name, bytes, code) => {
    expect((await refusal(() => decodeTextFile(bytes))).code).toBe(code);
  });
});

describe("decodeHtml", () => {
  const latin1Page = (meta: string) =>
    new Uint8Array([...new TextEncoder().encode(`<html><head>${meta}</head><body>caf`), 0xe9, ...new TextEncoder().encode("</body></html>")]);

  it("finds the charset in a meta tag, in either spelling", () => {
    expect(metaCharset(latin1Page('<meta charset="iso-8859-1">'))).toBe("iso-8859-1");
    expect(metaCharset(latin1Page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe("windows-1252");
    expect(metaCharset(latin1Page(""))).toBeUndefined();
  });

  it("prefers the HTTP header's charset over the meta tag", () => {
    const page = new TextEncoder().encode('<meta charset="iso-8859-1"><p>“Halo”</p>');
    expect(decodeHtml(page, "utf-8").text).toContain("“Halo”");
    expect(decodeHtml(latin1Page('<meta charset="iso-8859-1">')).text).toContain("café");
  });
});
