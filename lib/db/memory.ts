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

export interface MemoryImportCounts {
  /** New entries. */
  added: number;
  /** Entries whose English (or origin) the batch replaced. */
  updated: number;
  /** Entries that already held this English. */
  unchanged: number;
  /** Writes not taken: an empty side, a source repeated later in the batch, or an entry of higher rank with other English. */
  skipped: number;
}

type PreparedWrite = Omit<MemoryWrite, "sourceText" | "targetText"> & { sourceHash: string; sourceText: string; targetText: string };

const IMPORT_CHUNK = 500;

const entryKey = (entry: { sourceLang: string; targetLang: string; sourceHash: string }) => `${entry.sourceLang}\u0000${entry.targetLang}\u0000${entry.sourceHash}`;

/**
 * Writes a batch of translations (a TMX file) in one transaction — all or nothing — with the precedence of
 * rememberTranslations; a source repeated in the batch keeps its last English. Counts what became of each write.
 */
export async function importMemoryEntries(db: Db, writes: readonly MemoryWrite[]): Promise<MemoryImportCounts> {
  const counts: MemoryImportCounts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const byKey = new Map<string, PreparedWrite>();
  for (const write of writes) {
    const sourceText = normaliseForMemory(write.sourceText);
    const targetText = write.targetText.trim();
    if (!sourceText || !targetText) {
      counts.skipped++;
      continue;
    }
    const prepared = { sourceLang: write.sourceLang, targetLang: write.targetLang, origin: write.origin, sourceHash: hashOf(sourceText), sourceText, targetText };
    if (byKey.has(entryKey(prepared))) counts.skipped++;
    byKey.set(entryKey(prepared), prepared);
  }
  const prepared = [...byKey.values()];
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < prepared.length; i += IMPORT_CHUNK) {
        const chunk = prepared.slice(i, i + IMPORT_CHUNK);
        // By hash alone (SQLite allows 999 parameters per statement); rows of other language pairs never match a key.
        const existing = await tx.memoryEntry.findMany({
          where: { sourceHash: { in: chunk.map((write) => write.sourceHash) } },
          select: { sourceLang: true, targetLang: true, sourceHash: true, targetText: true, origin: true },
        });
        const found = new Map(existing.map((row) => [entryKey(row), row]));
        const creates: PreparedWrite[] = [];
        for (const write of chunk) {
          const row = found.get(entryKey(write));
          const sameText = row?.targetText === write.targetText;
          if (!row) creates.push(write);
          else if (RANK[write.origin] < (RANK[row.origin] ?? 0)) counts[sameText ? "unchanged" : "skipped"]++;
          else if (sameText && row.origin === write.origin) counts.unchanged++;
          else {
            const { sourceLang, targetLang, sourceHash, targetText, origin } = write;
            await tx.memoryEntry.update({ where: { sourceLang_targetLang_sourceHash: { sourceLang, targetLang, sourceHash } }, data: { targetText, origin } });
            counts.updated++;
          }
        }
        await tx.memoryEntry.createMany({ data: creates });
        counts.added += creates.length;
      }
    },
    // Tens of thousands of units take longer than Prisma's 5 s default.
    { timeout: 120_000 },
  );
  return counts;
}

export interface MemoryEntryView extends MemoryPair {
  id: number;
  sourceText: string;
  targetText: string;
  origin: MemoryOrigin;
  updatedAt: Date;
}

/** The entries written or changed most recently, newest first. */
export async function listRecentMemoryEntries(db: Db, limit: number): Promise<MemoryEntryView[]> {
  const rows = await db.memoryEntry.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, sourceLang: true, targetLang: true, sourceText: true, targetText: true, origin: true, updatedAt: true },
  });
  return rows.map((row) => ({ ...row, origin: (MEMORY_ORIGINS as readonly string[]).includes(row.origin) ? (row.origin as MemoryOrigin) : "machine" }));
}
