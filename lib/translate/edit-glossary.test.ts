import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { listGlossaryTerms } from "@/lib/db/glossary";
import { readSetting } from "@/lib/db/settings";
import { createTestDb } from "@/lib/db/test-db";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";
import { importGlossary, removeGlossaryTerm, saveGlossaryTerm } from "./edit-glossary";
import { GLOSSARY_ID_SETTING } from "./glossary-sync";
import { seedDocument, testTranslator, translateNow } from "./test-helpers";

let db: Db;
let dispose: () => Promise<void>;
let fake: FakeDeepl;
beforeEach(async () => {
  ({ db, dispose } = await createTestDb());
  fake.reset();
});
afterEach(() => dispose());
beforeAll(async () => (fake = await startFakeDeepl()));
afterAll(() => fake.close());

const fakeGlossaries = async () => (await fetch(`${fake.url}/v3/glossaries`, { headers: { Authorization: "DeepL-Auth-Key test-key" } })).json();

describe("glossary", () => {
  it("works locally without a key", async () => {
    const { term, sync } = await saveGlossaryTerm(db, { source: " Presiden ", target: "President" }, undefined, null);
    expect(term).toMatchObject({ source: "Presiden", target: "President", note: null });
    expect(sync).toEqual({ state: "local" });
    await expect(saveGlossaryTerm(db, { source: "Presiden", target: "Head of state" }, undefined, null)).rejects.toMatchObject({ code: "glossaryTermDuplicate" });
    await expect(saveGlossaryTerm(db, { source: "", target: "x" }, undefined, null)).rejects.toMatchObject({ code: "glossaryTermEmpty" });
    const imported = await importGlossary(db, { name: "g.csv", text: "Presiden,Head of state\nMenteri,Minister" }, null);
    expect(imported).toMatchObject({ added: 1, updated: 1, problems: [], sync: { state: "local" } });
    expect((await importGlossary(db, { name: "g.csv", text: "Gubernur" }, null)).problems).toHaveLength(1);
    expect((await listGlossaryTerms(db)).map((t) => [t.source, t.target])).toEqual([["Menteri", "Minister"], ["Presiden", "Head of state"]]);
    await removeGlossaryTerm(db, term.id, null);
    await expect(removeGlossaryTerm(db, term.id, null)).rejects.toMatchObject({ code: "glossaryTermNotFound" });
    expect(fake.stats().requests).toBe(0);
  });

  it("mirrors to one DeepL glossary (bare en), used in every request and re-synced on change", async () => {
    const translator = testTranslator(fake.url);
    const { term } = await saveGlossaryTerm(db, { source: "Presiden", target: "President" }, undefined, translator);
    const glossaryId = await readSetting(db, GLOSSARY_ID_SETTING);
    expect((await fakeGlossaries()).glossaries).toEqual([expect.objectContaining({ glossary_id: glossaryId, dictionaries: [{ source_lang: "id", target_lang: "en", entry_count: 1 }] })]);

    const first = await seedDocument(db, ["Presiden tiba di Jakarta."]);
    await translateNow(db, first.documentId, translator);
    expect(fake.stats().translations.at(-1)).toMatchObject({ glossaryId, texts: ["Presiden tiba di Jakarta."] });
    expect((await db.paragraph.findFirst({ where: { documentId: first.documentId } }))?.targetText).toBe("[EN-US] President tiba di Jakarta.");

    await saveGlossaryTerm(db, { source: "Presiden", target: "The President" }, term.id, translator);
    const second = await seedDocument(db, ["Presiden pulang."]);
    await translateNow(db, second.documentId, translator);
    expect((await db.paragraph.findFirst({ where: { documentId: second.documentId } }))?.targetText).toBe("[EN-US] The President pulang.");
    expect((await fakeGlossaries()).glossaries).toHaveLength(1);

    await removeGlossaryTerm(db, term.id, translator);
    expect((await fakeGlossaries()).glossaries).toEqual([]);
    expect(await readSetting(db, GLOSSARY_ID_SETTING)).toBeNull();
  });

  it("creates the glossary anew when a translate request finds it gone", async () => {
    const translator = testTranslator(fake.url);
    await saveGlossaryTerm(db, { source: "Menteri", target: "Minister" }, undefined, translator);
    fake.reset();
    const { documentId } = await seedDocument(db, ["Menteri datang."]);
    expect(await translateNow(db, documentId, translator)).toMatchObject({ state: "done", done: 1, requests: 2 });
    expect(fake.stats().statuses).toMatchObject({ "404": 1 });
    expect((await db.paragraph.findFirst({ where: { documentId } }))?.targetText).toBe("[EN-US] Minister datang.");
  });

  it("catches up on changes made without a key, even when DeepL lost the glossary", async () => {
    const translator = testTranslator(fake.url);
    await saveGlossaryTerm(db, { source: "Menteri", target: "Minister" }, undefined, translator);
    fake.reset();
    await saveGlossaryTerm(db, { source: "Gubernur", target: "Governor" }, undefined, null);
    const { documentId } = await seedDocument(db, ["Menteri dan Gubernur."]);
    expect(await translateNow(db, documentId, translator)).toMatchObject({ state: "done", done: 1 });
    expect((await db.paragraph.findFirst({ where: { documentId } }))?.targetText).toBe("[EN-US] Minister dan Governor.");
    expect((await fakeGlossaries()).glossaries).toHaveLength(1);
  });
});
