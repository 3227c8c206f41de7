import { describe, expect, it } from "vitest";
import { sniffContent } from "./sniff-content";

const bytes = (...values: number[]) => new Uint8Array([...values, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20]);
const text = (value: string) => new TextEncoder().encode(value);

describe("sniffContent", () => {
  it.each([
    ["zip", bytes(0x50, 0x4b, 0x03, 0x04)],
    ["pdf", text("%PDF-1.7\n%âãÏÓ")],
    ["png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ["jpeg", bytes(0xff, 0xd8, 0xff, 0xe0)],
    ["gif", text("GIF89a")],
    ["webp", text("RIFF\u0001\u0002\u0003\u0004WEBPVP8 ")],
    ["ole", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ["rtf", text("{\\rtf1\\ansi Halo}")],
    ["gzip", bytes(0x1f, 0x8b, 0x08)],
    ["binary", bytes(0x41, 0x00, 0x42)],
  ])("recognises %s", (kind, content) => {
    expect(sniffContent(content)).toBe(kind);
  });

  it.each([
    "<!DOCTYPE html><html><body>Halo</body></html>",
    "\uFEFF  <!-- disimpan dari peramban -->\n<html lang=\"id\">",
    "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
    "<head><title>x</title></head>",
  ])("recognises an HTML document: %s", (content) => {
    expect(sniffContent(text(content))).toBe("html");
  });

  it.each(["# Judul\n\nTeks dengan <b>tebal</b>.", "Berita biasa.\n<html> disebut di tengah", ""])("reads %j as text", (content) => {
    expect(sniffContent(text(content))).toBe("text");
  });

  it("reads UTF-16 with a byte-order mark as text despite its NUL bytes", () => {
    expect(sniffContent(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe("text");
  });
});
