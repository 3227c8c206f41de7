import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { importMemoryEntries, listRecentMemoryEntries, lookupMemory, normaliseForMemory, rememberTranslations } from "./memory";
import { createTestDb, refuseInserts, type TestDb } from "./test-db";

let testDb: TestDb;
let db: Db;
beforeAll(async () => ({ db } = testDb = await createTestDb()));
afterAll(() => testDb.dispose());

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

describe("importMemoryEntries", () => {
  const tmx = (sourceText: string, targetText: string) => ({ ...pair, sourceText, targetText, origin: "tmx" as const });

  it("adds, updates and counts a batch with the same precedence", async () => {
    await rememberTranslations(db, [{ ...pair, sourceText: "Mesin lama.", targetText: "Old machine.", origin: "machine" }]);
    const counts = await importMemoryEntries(db, [
      tmx("Impor satu.", "Import one."),
      tmx("Mesin lama.", "Better English."),
      tmx("Putin menerima undangan.", "Putin got it."),
      tmx("Putin menerima undangan.", "Putin accepted the invitation."),
      tmx(" ", "Nothing."),
    ]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1, skipped: 2 });
    expect((await lookupMemory(db, pair, ["Mesin lama."])).get("Mesin lama.")).toEqual({ targetText: "Better English.", origin: "tmx" });
  });

  it("writes everything or nothing", async () => {
    const allowInserts = await refuseInserts(testDb, "MemoryEntry", "sourceText", "Gagal.");
    const before = await db.memoryEntry.count();
    try {
      await expect(importMemoryEntries(db, [tmx("Mesin lama.", "Changed again."), tmx("Sebelum gagal.", "Before."), tmx("Gagal.", "Fails.")])).rejects.toThrow();
    } finally {
      await allowInserts();
    }
    expect(await db.memoryEntry.count()).toBe(before);
    expect((await lookupMemory(db, pair, ["Mesin lama."])).get("Mesin lama.")?.targetText).toBe("Better English.");
  });

  it("handles batches larger than one query chunk", async () => {
    const many = Array.from({ length: 1203 }, (_, i) => tmx(`Kalimat nomor ${i}.`, `Sentence number ${i}.`));
    expect(await importMemoryEntries(db, many)).toEqual({ added: 1203, updated: 0, unchanged: 0, skipped: 0 });
    expect(await importMemoryEntries(db, many)).toEqual({ added: 0, updated: 0, unchanged: 1203, skipped: 0 });
  });
});

describe("listRecentMemoryEntries", () => {
  it("lists the latest changes first", async () => {
    await rememberTranslations(db, [{ ...pair, sourceText: "Paling baru.", targetText: "Newest.", origin: "reviewed" }]);
    const [latest, ...rest] = await listRecentMemoryEntries(db, 3);
    expect(latest).toMatchObject({ ...pair, sourceText: "Paling baru.", targetText: "Newest.", origin: "reviewed" });
    expect(rest).toHaveLength(2);
    expect(rest.every((entry) => entry.updatedAt <= latest.updatedAt)).toBe(true);
  });
});
