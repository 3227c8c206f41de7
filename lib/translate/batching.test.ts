import { describe, expect, it } from "vitest";
import { DEEPL_LIMITS, planBatches, type TextUnit } from "./batching";
import { joinPieces } from "./split-text";

const shape = { targetLang: "en-US" };
const units = (texts: string[]): TextUnit[] => texts.map((text) => ({ key: text, text }));

/** The body deepl-node would build for a batch, to check our arithmetic against the real thing. */
function realBody(texts: string[], context?: string): string {
  const params = new URLSearchParams({ target_lang: "en-US", source_lang: "id" });
  params.append("show_billed_characters", "1");
  for (const text of texts) params.append("text", text);
  if (context) params.append("context", context);
  return params.toString();
}

describe("planBatches", () => {
  it("puts at most 50 texts in a request, in reading order", () => {
    const texts = Array.from({ length: 120 }, (_, i) => `Kalimat nomor ${i}.`);
    const batches = planBatches(units(texts), shape);
    expect(batches.map((b) => b.pieces.length)).toEqual([50, 50, 20]);
    expect(batches.flatMap((b) => b.pieces.map((p) => p.text))).toEqual(texts);
  });

  it("sends identical texts once", () => {
    const batches = planBatches(units(["Sama.", "Lain.", "Sama."]), shape);
    expect(batches[0].pieces.map((p) => p.text)).toEqual(["Sama.", "Lain."]);
  });

  it("keeps every request body within 128 KiB less the margin, measured as deepl-node encodes it", () => {
    // Non-ASCII and punctuation triple in size when form-encoded.
    const texts = Array.from({ length: 40 }, (_, i) => `${i} “Menteri” — ${"é, ".repeat(1500)}`);
    const context = "Konteks: judul dan paragraf pembuka.";
    const batches = planBatches(units(texts), { ...shape, context });
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      const body = realBody(batch.pieces.map((p) => p.text), context);
      expect(batch.bytes).toBe(body.length);
      expect(body.length).toBeLessThanOrEqual(DEEPL_LIMITS.maxBytes);
    }
    // Greedy packing: adding the next text would have crossed the limit.
    const [first, second] = batches;
    expect(realBody([...first.pieces, second.pieces[0]].map((p) => p.text), context).length).toBeGreaterThan(DEEPL_LIMITS.maxBytes);
  });

  it("splits a paragraph larger than a request at sentence boundaries and the pieces join back", () => {
    const sentence = (i: number) => `Ini kalimat ke-${i} tentang kunjungan Kim Jong Un ke Vladivostok, Rusia.`;
    // Small limits keep the test fast; the arithmetic is the same as with DeepL's 128 KiB.
    const limits = { maxTexts: 50, maxBytes: 4096 };
    const paragraph = Array.from({ length: 300 }, (_, i) => sentence(i)).join(" ");
    expect(paragraph.length).toBeGreaterThan(limits.maxBytes * 4);
    const batches = planBatches(units(["Pendek.", paragraph]), shape, limits);
    const pieces = batches.flatMap((b) => b.pieces).filter((p) => p.key === paragraph);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.count === pieces.length && p.text.endsWith("Rusia."))).toBe(true);
    expect(joinPieces(pieces.sort((a, b) => a.index - b.index).map((p) => p.text))).toBe(paragraph);
    for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(limits.maxBytes);
  });

  it("falls back to words, then characters, when one sentence alone is too large", () => {
    const limits = { maxTexts: 50, maxBytes: 200 };
    const words = Array.from({ length: 60 }, (_, i) => `kata${i}`).join(" ");
    const blob = "x".repeat(500);
    const batches = planBatches(units([words, blob]), shape, limits);
    const byKey = (key: string) => batches.flatMap((b) => b.pieces).filter((p) => p.key === key).map((p) => p.text);
    expect(joinPieces(byKey(words))).toBe(words);
    expect(byKey(blob).join("")).toBe(blob);
    for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(200);
  });
});
