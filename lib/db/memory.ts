import { createHash } from "node:crypto";
import type { Db } from "./client";
import type { DbTx } from "./transaction";

export const MEMORY_ORIGINS = ["machine", "tmx", "reviewed"] as const;
export type MemoryOrigin = (typeof MEMORY_ORIGINS)[number];

export interface MemoryPair {
  sourceLang: string;
  targetLang: string;
}

export interface MemoryWrite extends MemoryPair {
  sourceText: string;
  targetText: string;
  origin: MemoryOrigin;
}

export interface MemoryHit {
  targetText: string;
  origin: MemoryOrigin;
}

/** Memory keys ignore differences in white space and Unicode composition. */
export function normaliseForMemory(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function hashOf(normalised: string): string {
  return createHash("sha256").update(normalised).digest("hex");
}

// Human work outranks imported memories, which outrank machine output: a write never demotes an entry.
const RANK: Record<string, number> = { machine: 0, tmx: 1, reviewed: 2 };

/** Writes translations to the memory; an entry of higher rank is never replaced by a lower one. */
export async function rememberTranslations(db: DbTx, writes: readonly MemoryWrite[]): Promise<void> {
  for (const write of writes) {
    const sourceText = normaliseForMemory(write.sourceText);
    const targetText = write.targetText.trim();
    if (!sourceText || !targetText) continue;
    const key = { sourceLang: write.sourceLang, targetLang: write.targetLang, sourceHash: hashOf(sourceText) };
    const existing = await db.memoryEntry.findUnique({ where: { sourceLang_targetLang_sourceHash: key }, select: { origin: true } });
    if (!existing) {
      await db.memoryEntry.create({ data: { ...key, sourceText, targetText, origin: write.origin } });
    } else if (RANK[write.origin] >= (RANK[existing.origin] ?? 0)) {
      await db.memoryEntry.update({ where: { sourceLang_targetLang_sourceHash: key }, data: { targetText, origin: write.origin } });
    }
  }
}

const LOOKUP_CHUNK = 500;

/** Memory hits for the given source texts, keyed by their normalised form. */
export async function lookupMemory(db: Db, pair: MemoryPair, texts: readonly string[]): Promise<Map<string, MemoryHit>> {
  const byHash = new Map<string, string>();
  for (const text of texts) {
    const normalised = normaliseForMemory(text);
    if (normalised) byHash.set(hashOf(normalised), normalised);
  }
  const hashes = [...byHash.keys()];
  const hits = new Map<string, MemoryHit>();
  for (let i = 0; i < hashes.length; i += LOOKUP_CHUNK) {
    const rows = await db.memoryEntry.findMany({
      where: { ...pair, sourceHash: { in: hashes.slice(i, i + LOOKUP_CHUNK) } },
      select: { sourceHash: true, targetText: true, origin: true },
    });
    for (const row of rows) {
      hits.set(byHash.get(row.sourceHash)!, { targetText: row.targetText, origin: row.origin as MemoryOrigin });
    }
  }
  return hits;
}

export async function countMemoryEntries(db: Db): Promise<number> {
  return db.memoryEntry.count();
}
