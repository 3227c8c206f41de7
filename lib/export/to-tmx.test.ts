import { describe, expect, it } from "vitest";
import { EXPORTED_AT, sampleDocument } from "./__fixtures__/sample-document";
import { TMX_DTD, xmllint } from "./__fixtures__/xmllint";
import { parseTmx } from "./parse-tmx";
import { toTmx, tmxDate } from "./to-tmx";
import { parseXml, childElements, descendants, firstChild } from "./xml-tree";
import { xmlSafe } from "./xml";

const document = sampleDocument();

describe("toTmx", () => {
  it.each([
    ["all content", {}],
    ["reviewed-only content", { content: "reviewed-only" as const }],
  ])("is valid against the TMX 1.4 DTD (%s)", (_name, options) => {
    expect(xmllint(toTmx(document, options), { dtd: TMX_DTD })).toEqual({ ok: true, output: "" });
    expect(xmllint(toTmx(document, options).replace('segtype="paragraph"', 'segtype="page"'), { dtd: TMX_DTD }).ok).toBe(false);
  });

  it("writes a TMX 1.4b header CAT tools accept", () => {
    const root = parseXml(toTmx(document, { exportedAt: EXPORTED_AT }));
    expect(root?.name).toBe("tmx");
    expect(root?.attrs.version).toBe("1.4");
    expect(root && firstChild(root, "header")?.attrs).toEqual({
      creationtool: "Selaras",
      creationtoolversion: "0.1.0",
      datatype: "plaintext",
      segtype: "paragraph",
      adminlang: "en-US",
      srclang: "id",
      "o-tmf": "Selaras",
      creationdate: "20261129T084500Z",
    });
  });

  it("writes one unit per translated paragraph with dates, status and both languages, text exact", () => {
    const root = parseXml(toTmx(document, { exportedAt: EXPORTED_AT }));
    const units = root ? descendants(root, "tu") : [];
    const translated = document.paragraphs.filter((p) => p.targetText);
    expect(units.map((tu) => tu.attrs)).toEqual(translated.map((p) => ({ tuid: String(p.id), creationdate: tmxDate(p.createdAt), changedate: tmxDate(p.updatedAt) })));
    expect(units.map((tu) => childElements(tu, "prop").map((prop) => [prop.attrs.type, prop.children.join("")]))).toEqual(translated.map((p) => [["x-selaras-status", p.status]]));
    expect(units.map((tu) => childElements(tu, "tuv").map((tuv) => [tuv.attrs.lang, firstChild(tuv, "seg")?.children.join("")]))).toEqual(
      translated.map((p) => [
        ["id", xmlSafe(p.sourceText)],
        ["en-US", xmlSafe(p.targetText ?? "")],
      ]),
    );
  });

  it("formats dates as YYYYMMDDThhmmssZ", () => {
    expect(tmxDate(new Date("2026-01-02T03:04:05.678Z"))).toBe("20260102T030405Z");
  });

  it("keeps only reviewed paragraphs when asked, and round-trips through parseTmx", () => {
    const pairs = parseTmx(toTmx(document, { content: "reviewed-only" })).pairs;
    const reviewed = document.paragraphs.filter((p) => p.status === "reviewed");
    expect(pairs).toEqual(
      reviewed.map((p) => ({
        sourceText: xmlSafe(p.sourceText),
        targetText: xmlSafe(p.targetText ?? ""),
        targetLang: "en-US",
        tuid: String(p.id),
        status: "reviewed",
        creationDate: p.createdAt,
        changeDate: new Date(Math.floor(p.updatedAt.getTime() / 1000) * 1000),
      })),
    );
  });
});
