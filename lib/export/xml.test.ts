import { describe, expect, it } from "vitest";
import { escapeXmlAttr, escapeXmlText, xmlSafe } from "./xml";
import { parseXml } from "./xml-tree";

function roundTrip(text: string): { body: string; attr: string } {
  const root = parseXml(`<r a="${escapeXmlAttr(text)}">${escapeXmlText(text)}</r>`);
  return { body: root?.children.join("") ?? "", attr: root?.attrs.a ?? "" };
}

describe("XML escaping", () => {
  it.each([
    ["markup characters", `a & b < c > d "e" 'f' ]]>`],
    ["curly quotes, emoji, combining marks, RTL", "“kutip” 🍚 Cafe\u0301 שלום"],
    ["line breaks and tabs", "one\r\ntwo\tthree\rfour"],
  ])("keeps %s exactly in text and attributes", (_name, text) => {
    expect(roundTrip(text)).toEqual({ body: text, attr: text });
  });

  it("removes the control characters XML 1.0 forbids and repairs lone surrogates", () => {
    const text = "a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uD800g";
    expect(escapeXmlText(text)).toBe("abcdef\uFFFDg");
    expect(escapeXmlAttr(text)).toBe("abcdef\uFFFDg");
    expect(xmlSafe(text)).toBe("abcdef\uFFFDg");
  });

  it("lets a format keep forbidden characters its own way", () => {
    expect(escapeXmlText("a\u0007<", (c) => `[${c.charCodeAt(0)}]`)).toBe("a[7]&lt;");
  });
});

describe("parseXml", () => {
  it("refuses text that is not well-formed XML", () => {
    expect(parseXml("<a><b></a>")).toBeNull();
    expect(parseXml("not xml at all")).toBeNull();
  });

  it("drops namespace prefixes and keeps mixed content in order", () => {
    const root = parseXml(`\uFEFF<?xml version="1.0"?><x:r xmlns:x="urn:x" xml:lang="id">a<x:b k="v">b</x:b>c</x:r>`);
    expect(root).toEqual({ name: "r", attrs: { lang: "id" }, children: ["a", { name: "b", attrs: { k: "v" }, children: ["b"] }, "c"] });
  });
});
