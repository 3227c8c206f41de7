import { describe, expect, it } from "vitest";
import { sampleDocument } from "./__fixtures__/sample-document";
import { XLIFF_SCHEMA, xmllint } from "./__fixtures__/xmllint";
import { parseXliff } from "./parse-xliff";
import { XLIFF_STATE, toXliff, xliffFileId, xliffUnitId } from "./to-xliff";
import { childElements, descendants, parseXml } from "./xml-tree";

const document = sampleDocument();
const validate = (xml: string) => xmllint(xml, { schema: XLIFF_SCHEMA });

describe("toXliff", () => {
  it.each([
    ["all content", {}],
    ["reviewed-only content", { content: "reviewed-only" as const }],
  ])("validates against the OASIS XLIFF 2.0 core schema (%s)", (_name, options) => {
    expect(validate(toXliff(document, options))).toEqual({ ok: true, output: "" });
  });

  it("is checked by a validator that does fail on invalid XLIFF", () => {
    expect(validate(toXliff(document).replace('state="reviewed"', 'state="approved"')).ok).toBe(false);
  });

  it("writes one unit per paragraph with its state, kind and dateline note", () => {
    const root = parseXml(toXliff(document));
    expect(root?.attrs).toMatchObject({ version: "2.0", srcLang: "id", trgLang: "en-US" });
    const units = root ? descendants(root, "unit") : [];
    expect(units.map((u) => [u.attrs.id, u.attrs.type])).toEqual(document.paragraphs.map((p) => [xliffUnitId(p.id), `selaras:${p.kind}`]));
    expect(units.map((u) => descendants(u, "segment")[0].attrs.state)).toEqual(document.paragraphs.map((p) => XLIFF_STATE[p.status]));
    expect(descendants(units[1], "segment")[0].attrs.subState).toBe("selaras:machine");
    expect(descendants(units[1], "note").map((n) => [n.attrs.category, n.children.join("")])).toEqual([["dateline", "TEMPO.CO, Jakarta - "]]);
    expect(childElements(descendants(units[7], "segment")[0], "target")).toEqual([]);
  });

  it("round-trips every text exactly through parseXliff, control characters included", () => {
    const file = parseXliff(toXliff(document));
    expect(file).toEqual({
      srcLang: "id",
      trgLang: "en-US",
      units: document.paragraphs.map((p) => ({ fileId: xliffFileId(document.id), unitId: xliffUnitId(p.id), source: p.sourceText, target: p.targetText, state: XLIFF_STATE[p.status] })),
    });
  });

  it("leaves unreviewed English out with reviewed-only content", () => {
    const units = parseXliff(toXliff(document, { content: "reviewed-only" })).units;
    expect(units.map((u) => [u.target, u.state])).toEqual(document.paragraphs.map((p) => (p.status === "reviewed" ? [p.targetText, "reviewed"] : [null, "initial"])));
  });
});
