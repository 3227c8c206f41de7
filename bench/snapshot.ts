import type { Db } from "@/lib/db/client";
import { createDocument, getBilingualDocument } from "@/lib/db/documents";
import { countRevisions } from "@/lib/db/revision-log";
import type { Snapshot } from "./ledger";

/** A document of `count` paragraphs that already have reviewed English and one revision each. */
export async function seedDocument(db: Db, title: string, count: number): Promise<{ documentId: number; ids: number[] }> {
  const paragraphs = Array.from({ length: count }, (_, i) => ({
    kind: "body" as const,
    sourceText: `Paragraf ${i + 1}: menteri mengatakan anggaran naik Rp 1,5 triliun pada 2023.`,
    targetText: `Paragraph ${i + 1}: the minister said the budget rose by Rp1.5 trillion in 2023.`,
  }));
  const documentId = await createDocument(db, { title, originKind: "paste", paragraphs });
  return { documentId, ids: (await getBilingualDocument(db, documentId))!.paragraphs.map((p) => p.id) };
}

function same(a: Snapshot, b: Snapshot): boolean {
  return [...a.versions].every(([id, v]) => b.versions.get(id) === v) && [...a.revisions].every(([id, n]) => b.revisions.get(id) === n);
}

/**
 * A snapshot once the server has finished the requests the load tool abandoned when it
 * stopped: versions and revision counts are two reads, and a save landing between them
 * would look like a revision without its version.
 */
export async function settledSnapshot(db: Db, documentIds: readonly number[]): Promise<Snapshot> {
  let previous = await snapshot(db, documentIds);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const current = await snapshot(db, documentIds);
    if (same(previous, current)) return current;
    previous = current;
  }
}

/** Every paragraph's version and revision count, read straight from the database. */
export async function snapshot(db: Db, documentIds: readonly number[]): Promise<Snapshot> {
  const versions = new Map<number, number>();
  for (const documentId of documentIds) {
    for (const paragraph of (await getBilingualDocument(db, documentId))!.paragraphs) versions.set(paragraph.id, paragraph.version);
  }
  return { versions, revisions: await countRevisions(db, [...versions.keys()]) };
}
