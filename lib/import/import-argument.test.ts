import { describe, expect, it } from "vitest";
import { importArgumentKind } from "./import-argument";

describe("importArgumentKind", () => {
  it.each([
    ["-", "stdin"],
    ["https://www.tempo.co/dunia/kim", "url"],
    ["HTTP://example.com", "url"],
    ["ftp://example.com/berita.txt", "url"],
    ["berita.docx", "file"],
    ["./https/berita.md", "file"],
    ["C:\\Users\\berita.txt", "file"],
    ["/tmp/-", "file"],
  ])("%s is read as %s", (argument, kind) => {
    expect(importArgumentKind(argument)).toBe(kind);
  });
});
