import { describe, expect, it } from "vitest";
import type { MachineTranslator } from "@/lib/translate/machine-translator";
import { seedDocument, testTranslator } from "@/lib/translate/test-helpers";
import { runTranslate, type TranslateIo } from "./translate";
import { setUpTranslationTests } from "@/lib/translate/test-env";

const env = setUpTranslationTests({ faults: { characterLimit: 100_000 } });

function io(translator: MachineTranslator | null = testTranslator(env.fake.url), isTTY = false) {
  const output = { out: "", err: "" };
  const streams: TranslateIo = { translator, isTTY, out: (t) => (output.out += t), err: (t) => (output.err += t) };
  return { streams, output };
}

describe("selaras translate", () => {
  it("waits for the job, prints plain progress lines off a terminal and a summary", async () => {
    const { documentId } = await seedDocument(env.db, ["Kalimat pertama.", "Kalimat kedua.", "Kalimat pertama."]);
    const { streams, output } = io();
    await runTranslate(env.db, [String(documentId)], streams);
    expect(output.err.trim().split("\n").at(-1)).toBe("[########################] 100%  3/3 paragraphs · 30 characters billed · 0 from memory");
    expect(output.err).not.toContain("\r");
    expect(output.out).toContain("paragraphs translated: 3 · from memory: 0 · failed: 0");
    expect(output.out).toContain("characters billed: 30 · requests sent: 1");
  });

  it("prints JSON and redraws the bar in place on a terminal", async () => {
    const { documentId } = await seedDocument(env.db, ["Kalimat pertama.", "Kalimat ketiga."]);
    const { streams, output } = io(undefined, true);
    await runTranslate(env.db, [String(documentId), "--json"], streams);
    expect(JSON.parse(output.out)).toMatchObject({ documentId, state: "done", paragraphs: 2, translated: 1, fromMemory: 1, failed: 0, billedCharacters: 15, requests: 1 });
    expect(output.err).toMatch(/^\r\x1b\[2K\[/);
  });

  it("shows the cost and quota with --dry-run and sends nothing", async () => {
    const { documentId } = await seedDocument(env.db, ["Belum pernah.", "Kalimat pertama."]);
    const { streams, output } = io();
    await runTranslate(env.db, [String(documentId), "--dry-run"], streams);
    expect(output.out).toBe(
      `Document ${documentId}: 2 paragraphs without English\n  from memory: 1 · copied as they are: 0 · to send to DeepL: 1\n  characters to bill: 13 in 1 request\n  DeepL quota: 0 of 100,000 characters used, 100,000 remaining\n`,
    );
    expect(env.fake.stats().translateRequests).toBe(0);
  });

  it("refuses without a key or with a bad key, with the key's message", async () => {
    const { documentId } = await seedDocument(env.db, ["Tanpa kunci."]);
    await expect(runTranslate(env.db, [String(documentId)], io(null).streams)).rejects.toMatchObject({ code: "deeplNoKey" });
    await expect(runTranslate(env.db, [String(documentId), "--dry-run"], io(null).streams)).rejects.toMatchObject({ code: "deeplNoKey" });
    const bad = io(testTranslator(env.fake.url, "an-invalid-key"));
    await expect(runTranslate(env.db, [String(documentId)], bad.streams)).rejects.toMatchObject({ code: "deeplBadKey" });
    expect(bad.output.out).toContain(": failed");
    await expect(runTranslate(env.db, ["x"], io().streams)).rejects.toMatchObject({ code: "invalidRequest" });
  });
});
