import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { parseTmx } from "./parse-tmx";

// Shaped like the TMX that other CAT tools write: TMX 1.1 "lang", other language codes and cases,
// inline codes around formatted text, a DOCTYPE, units missing a side.
const FOREIGN_TMX = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="ID" datatype="plaintext"/>
  <body>
    <tu tuid="7" creationdate="20240102T030405Z">
      <tuv xml:lang="ID"><seg>Harga <bpt i="1">&lt;b&gt;</bpt>beras<ept i="1">&lt;/b&gt;</ept> naik<ph>&lt;br/&gt;</ph>.</seg></tuv>
      <tuv xml:lang="EN-GB"><seg>Rice <hi type="b">prices</hi> rise<it pos="begin">&lt;i&gt;</it>.</seg></tuv>
    </tu>
    <tu><tuv lang="in"><seg>Dua &amp; tiga</seg></tuv><tuv lang="en"><seg>Two &amp; three</seg></tuv></tu>
    <tu><tuv lang="id_ID"><seg>Tiga</seg></tuv><tuv lang="en_us"><seg>Three</seg></tuv></tu>
    <tu><tuv xml:lang="id"><seg>Hanya sumber</seg></tuv></tu>
    <tu><tuv xml:lang="id"><seg>Kosong</seg></tuv><tuv xml:lang="en"><seg> </seg></tuv></tu>
    <tu><tuv xml:lang="fr"><seg>Trois</seg></tuv><tuv xml:lang="en"><seg>Three</seg></tuv></tu>
  </body>
</tmx>`;

describe("parseTmx", () => {
  it("reads id → en pairs from other tools, inline codes dropped and formatted text kept", () => {
    expect(parseTmx(FOREIGN_TMX).pairs.map(({ sourceText, targetText, targetLang, tuid }) => ({ sourceText, targetText, targetLang, tuid }))).toEqual([
      { sourceText: "Harga beras naik.", targetText: "Rice prices rise.", targetLang: "en-GB", tuid: "7" },
      { sourceText: "Dua & tiga", targetText: "Two & three", targetLang: "en", tuid: null },
      { sourceText: "Tiga", targetText: "Three", targetLang: "en-US", tuid: null },
    ]);
    expect(parseTmx(FOREIGN_TMX).pairs[0]).toMatchObject({ status: null, creationDate: new Date("2024-01-02T03:04:05Z"), changeDate: null });
    expect(parseTmx(FOREIGN_TMX).skipped).toBe(3);
  });

  it.each([
    ["malformed XML", "<tmx><body><tu></body></tmx>"],
    ["another XML format", `<xliff version="2.0"><file id="f"/></xliff>`],
    ["plain text", "Harga naik"],
  ])("refuses %s", (_name, text) => {
    expect(() => parseTmx(text)).toThrow(expect.objectContaining({ code: "invalidTmx" }) as AppError);
  });
});
