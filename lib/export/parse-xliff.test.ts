import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors/app-error";
import { parseXliff } from "./parse-xliff";

// Shaped like a file a CAT tool sends back: a unit resegmented into two segments with an ignorable between
// them, inline codes, a code point, a group, states of its own.
const FROM_CAT_TOOL = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="id" trgLang="en-GB">
  <file id="selaras-document-5">
    <group id="g1">
      <unit id="p10">
        <segment state="final"><source>Satu.</source><target>One.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment state="translated"><source>Dua <pc id="1" equivStart="" equivEnd="">tebal</pc>.</source><target>Two <pc id="1">bold</pc>.</target></segment>
      </unit>
    </group>
    <unit id="p11">
      <segment><source>Bel<cp hex="0007"/><ph id="2" equiv="&lt;br&gt;"/>!</source><target><mrk id="m1" type="term">Bell</mrk><cp hex="7"/>!</target></segment>
    </unit>
    <unit id="p12"><segment state="initial"><source>Belum</source></segment></unit>
  </file>
</xliff>`;

describe("parseXliff", () => {
  it("joins resegmented units, resolves inline codes and code points, takes the least advanced state", () => {
    expect(parseXliff(FROM_CAT_TOOL)).toEqual({
      srcLang: "id",
      trgLang: "en-GB",
      units: [
        { fileId: "selaras-document-5", unitId: "p10", source: "Satu. Dua tebal.", target: "One. Two bold.", state: "translated" },
        { fileId: "selaras-document-5", unitId: "p11", source: "Bel\u0007<br>!", target: "Bell\u0007!", state: "initial" },
        { fileId: "selaras-document-5", unitId: "p12", source: "Belum", target: null, state: "initial" },
      ],
    });
  });

  it.each([
    ["malformed XML", "<xliff version='2.0'><file id='f'><unit id='u'></file></xliff>"],
    ["XLIFF 1.2", `<xliff version="1.2"><file original="x" source-language="id" datatype="plaintext"><body/></file></xliff>`],
    ["another XML format", `<tmx version="1.4"><body/></tmx>`],
    ["plain text", "not xml"],
  ])("refuses %s", (_name, text) => {
    expect(() => parseXliff(text)).toThrow(expect.objectContaining({ code: "invalidXliff" }) as AppError);
  });
});
