import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { lookupMemory, normaliseForMemory, rememberTranslations } from "./memory";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

const pair = { sourceLang: "id", targetLang: "en-US" };

describe("translation memory", () => {
  it("normalises white space for lookup", async () => {
    await rememberTranslations(db, [{ ...pair, sourceText: "Kim  tiba\n di Rusia.", targetText: "Kim arrived in Russia.", origin: "machine" }]);
    const hits = await lookupMemory(db, pair, [" Kim tiba di Rusia. ", "Tidak ada."]);
    expect([...hits.entries()]).toEqual([["Kim tiba di Rusia.", { targetText: "Kim arrived in Russia.", origin: "machine" }]]);
    expect(normaliseForMemory("a\u00a0 b")).toBe("a b");
  });

  it("keeps language pairs apart", async () => {
    expect((await lookupMemory(db, { ...pair, targetLang: "en-GB" }, ["Kim tiba di Rusia."])).size).toBe(0);
  });

  it("lets reviewed text win over machine output, never the reverse", async () => {
    const source = "Putin menerima undangan.";
    await rememberTranslations(db, [{ ...pair, sourceText: source, targetText: "Putin got the invitation.", origin: "machine" }]);
    await rememberTranslations(db, [{ ...pair, sourceText: source, targetText: "Putin accepted the invitation.", origin: "reviewed" }]);
    await rememberTranslations(db, [{ ...pair, sourceText: source, targetText: "Machine again.", origin: "machine" }]);
    expect((await lookupMemory(db, pair, [source])).get(source)).toEqual({ targetText: "Putin accepted the invitation.", origin: "reviewed" });
  });

  it("applies the ranks within one call as if the writes came one by one", async () => {
    const source = "Rapat ditunda.";
    await rememberTranslations(db, [
      { ...pair, sourceText: source, targetText: "Machine one.", origin: "machine" },
      { ...pair, sourceText: source, targetText: "The meeting was postponed.", origin: "reviewed" },
      { ...pair, sourceText: ` ${source}`, targetText: "Machine two.", origin: "machine" },
      { ...pair, sourceText: "Baru.", targetText: "New.", origin: "machine" },
    ]);
    const hits = await lookupMemory(db, pair, [source, "Baru."]);
    expect(hits.get(source)).toEqual({ targetText: "The meeting was postponed.", origin: "reviewed" });
    expect(hits.get("Baru.")).toEqual({ targetText: "New.", origin: "machine" });
  });

  it("ignores empty texts", async () => {
    const before = await db.memoryEntry.count();
    await rememberTranslations(db, [{ ...pair, sourceText: " ", targetText: "x", origin: "machine" }, { ...pair, sourceText: "y", targetText: "", origin: "machine" }]);
    expect(await db.memoryEntry.count()).toBe(before);
  });
});
