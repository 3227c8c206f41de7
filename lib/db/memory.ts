import { createHash } from "node:crypto";
import { normaliseForMemory } from "@/lib/bilingual/normalise";
import type { Db } from "./client";
import { Prisma } from "./generated/client";
import { leanTransaction, sqlRunner, type SqlTarget } from "./lean-sql";
import { isTopLevelClient } from "./transaction";
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

export { normaliseForMemory };

function hashOf(normalised: string): string {
  return createHash("sha256").update(normalised).digest("hex");
}

// Human work outranks imported memories, which outrank machine output: a write never demotes an entry.
const RANK: Record<string, number> = { machine: 0, tmx: 1, reviewed: 2 };

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

const CHUNK = 500;

type PreparedWrite = MemoryWrite & { sourceHash: string };

const entryKey = (entry: { sourceLang: string; targetLang: string; sourceHash: string }) => `${entry.sourceLang}\u0000${entry.targetLang}\u0000${entry.sourceHash}`;

/** Normalises the writes and keeps, per entry, the one that would stand if they were applied one by one. */
function prepareWrites(writes: readonly MemoryWrite[], counts: MemoryImportCounts): PreparedWrite[] {
  const byKey = new Map<string, PreparedWrite>();
  for (const write of writes) {
    const sourceText = normaliseForMemory(write.sourceText);
    const targetText = write.targetText.trim();
    if (!sourceText || !targetText) {
      counts.skipped++;
      continue;
    }
    const prepared = { ...write, sourceText, targetText, sourceHash: hashOf(sourceText) };
    const earlier = byKey.get(entryKey(prepared));
    if (earlier) counts.skipped++;
    if (!earlier || RANK[prepared.origin] >= RANK[earlier.origin]) byKey.set(entryKey(prepared), prepared);
  }
  return [...byKey.values()];
}

/**
 * Writes translations to the memory inside the caller's transaction, a few statements per
 * 500 entries; an entry of higher rank is never replaced by a lower one. Counts what became of each write.
 */
async function writeMemory(tx: SqlTarget, writes: readonly MemoryWrite[]): Promise<MemoryImportCounts> {
  const sql = sqlRunner(tx);
  const counts: MemoryImportCounts = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const prepared = prepareWrites(writes, counts);
  const now = new Date();
  for (let i = 0; i < prepared.length; i += CHUNK) {
    const chunk = prepared.slice(i, i + CHUNK);
    // By hash alone (SQLite allows 999 parameters per statement); rows of other language pairs never match a key.
    const existing = await sql.query<{ sourceLang: string; targetLang: string; sourceHash: string; targetText: string; origin: string }>(Prisma.sql`
      SELECT "sourceLang", "targetLang", "sourceHash", "targetText", "origin" FROM "MemoryEntry"
      WHERE "sourceHash" IN (${Prisma.join(chunk.map((write) => write.sourceHash))})`);
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
        await sql.execute(Prisma.sql`
          UPDATE "MemoryEntry" SET "targetText" = ${targetText}, "origin" = ${origin}, "updatedAt" = ${now}
          WHERE "sourceLang" = ${sourceLang} AND "targetLang" = ${targetLang} AND "sourceHash" = ${sourceHash}`);
        counts.updated++;
      }
    }
    if (creates.length > 0) {
      // A plain multi-row INSERT: Prisma's createMany costs about ten times as much per row.
      const rows = creates.map((e) => Prisma.sql`(${e.sourceLang}, ${e.targetLang}, ${e.sourceHash}, ${e.sourceText}, ${e.targetText}, ${e.origin}, ${now}, ${now})`);
      await sql.execute(Prisma.sql`INSERT INTO "MemoryEntry" ("sourceLang", "targetLang", "sourceHash", "sourceText", "targetText", "origin", "createdAt", "updatedAt") VALUES ${Prisma.join(rows)}`);
      counts.added += creates.length;
    }
  }
  return counts;
}

/**
 * Writes translations to the memory: inside the caller's transaction when given one, else in a
 * transaction of its own, tried again once when another instance stored one of the entries meanwhile.
 */
export async function rememberTranslations(db: Db | SqlTarget, writes: readonly MemoryWrite[]): Promise<void> {
  if (!isTopLevelClient(db)) {
    await writeMemory(db, writes);
    return;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await leanTransaction(db, (tx) => writeMemory(tx, writes));
      return;
    } catch (error) {
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
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const rows = await db.memoryEntry.findMany({
      where: { ...pair, sourceHash: { in: hashes.slice(i, i + CHUNK) } },
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

/**
 * Writes a batch of translations (a TMX file) in one transaction — all or nothing — with the
 * precedence of rememberTranslations. Counts what became of each write.
 */
export async function importMemoryEntries(db: Db, writes: readonly MemoryWrite[]): Promise<MemoryImportCounts> {
  return leanTransaction(db, (tx) => writeMemory(tx, writes));
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
