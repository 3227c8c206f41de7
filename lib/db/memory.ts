import { createHash } from "node:crypto";
import { normaliseForMemory } from "@/lib/bilingual/normalise";
import type { Db } from "./client";
import { Prisma } from "./generated/client";
import { isUniqueViolation } from "./unique-violation";

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

// Kept in lib/bilingual so pure modules can key texts the way the memory does without importing the database layer.
export { normaliseForMemory };

function hashOf(normalised: string): string {
  return createHash("sha256").update(normalised).digest("hex");
}

// Human work outranks imported memories, which outrank machine output: a write never demotes an entry.
const RANK: Record<string, number> = { machine: 0, tmx: 1, reviewed: 2 };

const LOOKUP_CHUNK = 500;

interface MemoryKey {
  sourceLang: string;
  targetLang: string;
  sourceHash: string;
}

const entryId = (key: MemoryKey) => `${key.sourceLang}\n${key.targetLang}\n${key.sourceHash}`;

interface PendingEntry {
  key: MemoryKey;
  sourceText: string;
  targetText: string;
  origin: MemoryOrigin;
}

/** Per entry, the write that would stand if the writes were applied one by one. */
function winningWrites(writes: readonly MemoryWrite[]): Map<string, PendingEntry> {
  const entries = new Map<string, PendingEntry>();
  for (const write of writes) {
    const sourceText = normaliseForMemory(write.sourceText);
    const targetText = write.targetText.trim();
    if (!sourceText || !targetText) continue;
    const key = { sourceLang: write.sourceLang, targetLang: write.targetLang, sourceHash: hashOf(sourceText) };
    const earlier = entries.get(entryId(key));
    if (!earlier || RANK[write.origin] >= RANK[earlier.origin]) entries.set(entryId(key), { key, sourceText, targetText, origin: write.origin });
  }
  return entries;
}

/**
 * Writes translations to the memory; an entry of higher rank is never replaced
 * by a lower one. One transaction with a few statements per call, however many
 * writes: a translation job stores a whole batch at once.
 */
export async function rememberTranslations(db: Db, writes: readonly MemoryWrite[]): Promise<void> {
  const entries = [...winningWrites(writes).values()];
  if (entries.length === 0) return;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const existing = new Map<string, string>();
        for (let i = 0; i < entries.length; i += LOOKUP_CHUNK) {
          const chunk = entries.slice(i, i + LOOKUP_CHUNK);
          const pairs = [...new Set(chunk.map((e) => `${e.key.sourceLang}\n${e.key.targetLang}`))].map((pair) => pair.split("\n"));
          const rows = await tx.memoryEntry.findMany({
            where: { OR: pairs.map(([sourceLang, targetLang]) => ({ sourceLang, targetLang, sourceHash: { in: chunk.map((e) => e.key.sourceHash) } })) },
            select: { sourceLang: true, targetLang: true, sourceHash: true, origin: true },
          });
          for (const row of rows) existing.set(entryId(row), row.origin);
        }
        const fresh = entries.filter((e) => !existing.has(entryId(e.key)));
        const upgrades = entries.filter((e) => {
          const origin = existing.get(entryId(e.key));
          return origin !== undefined && RANK[e.origin] >= (RANK[origin] ?? 0);
        });
        const now = new Date();
        // A plain multi-row INSERT: Prisma's createMany costs about ten times as much per call.
        for (let i = 0; i < fresh.length; i += LOOKUP_CHUNK) {
          const rows = fresh.slice(i, i + LOOKUP_CHUNK).map((e) => Prisma.sql`(${e.key.sourceLang}, ${e.key.targetLang}, ${e.key.sourceHash}, ${e.sourceText}, ${e.targetText}, ${e.origin}, ${now}, ${now})`);
          await tx.$executeRaw`INSERT INTO "MemoryEntry" ("sourceLang", "targetLang", "sourceHash", "sourceText", "targetText", "origin", "createdAt", "updatedAt") VALUES ${Prisma.join(rows)}`;
        }
        await Promise.all(
          upgrades.map((e) => tx.memoryEntry.update({ where: { sourceLang_targetLang_sourceHash: e.key }, data: { targetText: e.targetText, origin: e.origin } })),
        );
      });
    } catch (error) {
      // Another instance stored one of these entries meanwhile: read again and apply the ranks to its row.
      if (!isUniqueViolation(error) || attempt > 0) throw error;
    }
  }
}

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
