/** The fake server speaks DeepL's API as deepl-node 1.28 calls it (this folder is the one allowed to import deepl-node). */
import { DeepLClient, DeepLError, GlossaryEntries, GlossaryNotFoundError } from "deepl-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";

let fake: FakeDeepl;
let client: DeepLClient;
beforeAll(async () => {
  fake = await startFakeDeepl();
  client = new DeepLClient("compat-key", { serverUrl: fake.url, maxRetries: 1 });
});
afterAll(() => fake.close());

const dict = (entries: Record<string, string>, targetLangCode = "en") => ({ sourceLangCode: "id", targetLangCode, entries: new GlossaryEntries({ entries }) });

describe("fake DeepL with deepl-node", () => {
  it("round-trips a multilingual glossary and applies it in translations", async () => {
    const created = await client.createMultilingualGlossary("Selaras", [dict({ Presiden: "President" })]);
    expect(created.dictionaries).toEqual([{ sourceLangCode: "id", targetLangCode: "en", entryCount: 1 }]);
    expect((await client.listMultilingualGlossaries()).map((g) => g.glossaryId)).toEqual([created.glossaryId]);
    expect((await client.getMultilingualGlossary(created.glossaryId)).name).toBe("Selaras");

    await client.replaceMultilingualGlossaryDictionary(created.glossaryId, dict({ Presiden: "President", Menteri: "Minister" }));
    await client.updateMultilingualGlossaryDictionary(created.glossaryId, dict({ Gubernur: "Governor" }));
    const entries = await client.getMultilingualGlossaryDictionaryEntries(created.glossaryId, "id", "en");
    expect(entries.entries.entries()).toEqual({ Presiden: "President", Menteri: "Minister", Gubernur: "Governor" });

    const result = await client.translateText(["Presiden dan Menteri tiba."], "id", "en-GB", { glossary: created.glossaryId });
    expect(result[0]).toMatchObject({ text: "[EN-GB] President dan Minister tiba.", billedCharacters: 26, detectedSourceLang: "id" });

    await client.deleteMultilingualGlossary(created.glossaryId);
    await expect(client.getMultilingualGlossary(created.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError);
  });

  it("refuses regional codes in glossaries, as DeepL does", async () => {
    await expect(client.createMultilingualGlossary("Regional", [dict({ a: "b" }, "en-US")])).rejects.toBeInstanceOf(DeepLError);
  });

  it("reports usage as deepl-node parses it", async () => {
    const usage = await client.getUsage();
    expect(usage.character?.count).toBe(26);
    expect(usage.anyLimitReached()).toBe(false);
  });
});
