import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { lookupMemory, normaliseForMemory, rememberTranslations } from "@/lib/db/memory";
import { createTestDb } from "@/lib/db/test-db";
import type { AppError } from "@/lib/errors/app-error";
import { sampleDocument } from "./__fixtures__/sample-document";
import { importTmx, memoryTargetLang } from "./import-tmx";
import { toTmx } from "./to-tmx";
import { xmlSafe } from "./xml";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

const us = { sourceLang: "id", targetLang: "en-US" };

function tmx(units: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>${units}</body></tmx>`;
}
const tu = (id: string, en: string, lang = "en-US") => `<tu><tuv xml:lang="id"><seg>${id}</seg></tuv><tuv xml:lang="${lang}"><seg>${en}</seg></tuv></tu>`;

describe("importTmx", () => {
  it("round-trips a Selaras TMX export into the memory, every text exact", async () => {
    const document = sampleDocument();
    const translated = document.paragraphs.filter((p) => p.targetText);
    expect(await importTmx(db, toTmx(document))).toEqual({ added: translated.length, updated: 0, unchanged: 0, skipped: 0 });
    // A TMX carries what XML 1.0 can (xmlSafe): that is what the memory gets back.
    const sources = translated.map((p) => xmlSafe(p.sourceText));
    const hits = await lookupMemory(db, us, sources);
    expect(sources.map((source) => hits.get(normaliseForMemory(source))?.targetText)).toEqual(translated.map((p) => xmlSafe(p.targetText ?? "")));
    expect(new Set([...hits.values()].map((hit) => hit.origin))).toEqual(new Set(["tmx"]));

    expect(await importTmx(db, toTmx(document))).toEqual({ added: 0, updated: 0, unchanged: translated.length, skipped: 0 });
  });

  it("keeps reviewed English, replaces machine English and counts units it cannot use", async () => {
    await rememberTranslations(db, [
      { ...us, sourceText: "Ditinjau.", targetText: "Reviewed by a person.", origin: "reviewed" },
      { ...us, sourceText: "Mesin.", targetText: "Machine said.", origin: "machine" },
    ]);
    const file = tmx(
      tu("Ditinjau.", "From the file.") +
        tu("Mesin.", "Better English.") +
        tu("Baru.", "New.") +
        tu("Baru.", "New, second thought.") +
        `<tu><tuv xml:lang="id"><seg>Tanpa terjemahan.</seg></tuv></tu>`,
    );
    expect(await importTmx(db, file)).toEqual({ added: 1, updated: 1, unchanged: 0, skipped: 3 });
    const hits = await lookupMemory(db, us, ["Ditinjau.", "Mesin.", "Baru."]);
    expect(Object.fromEntries(hits)).toEqual({
      "Ditinjau.": { targetText: "Reviewed by a person.", origin: "reviewed" },
      "Mesin.": { targetText: "Better English.", origin: "tmx" },
      "Baru.": { targetText: "New, second thought.", origin: "tmx" },
    });
  });

  it("files English without a US or UK region under the variant chosen", async () => {
    expect(memoryTargetLang("en-GB")).toBe("en-GB");
    expect(memoryTargetLang("en")).toBe("en-US");
    expect(memoryTargetLang("en-AU", "en-GB")).toBe("en-GB");
    await importTmx(db, tmx(tu("Warna.", "Colour.", "en")), { plainEnglish: "en-GB" });
    expect((await lookupMemory(db, { ...us, targetLang: "en-GB" }, ["Warna."])).get("Warna.")?.targetText).toBe("Colour.");
    expect((await lookupMemory(db, us, ["Warna."])).size).toBe(0);
  });

  it.each([
    ["not TMX", "<xliff version='2.0'/>", "invalidTmx"],
    ["TMX without Indonesian–English units", tmx(`<tu><tuv xml:lang="fr"><seg>Un</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>`), "tmxNoPairs"],
    ["an empty TMX", tmx(""), "tmxNoPairs"],
  ])("refuses %s and stores nothing", async (_name, xml, code) => {
    const before = await db.memoryEntry.count();
    await expect(importTmx(db, xml)).rejects.toSatisfy((error) => (error as AppError).code === code);
    expect(await db.memoryEntry.count()).toBe(before);
  });
});
