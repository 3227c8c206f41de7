import type { Db } from "./client";
import { createDocument } from "./documents";

export interface FixtureParagraph {
  source: string;
  /** Machine output, stored as a translation job would: English, machineText, status "machine", a revision. */
  machine?: string;
}

/** A document for review tests; returns its id and its paragraph ids in reading order. */
export async function seedReviewDocument(db: Db, paragraphs: readonly FixtureParagraph[]): Promise<{ documentId: number; ids: number[] }> {
  const documentId = await createDocument(db, { title: "Uji", originKind: "paste", paragraphs: paragraphs.map((p) => ({ kind: "body", sourceText: p.source })) });
  const rows = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true } });
  for (const [i, { machine }] of paragraphs.entries()) {
    if (machine === undefined) continue;
    const id = rows[i].id;
    await db.paragraph.update({ where: { id }, data: { targetText: machine, machineText: machine, status: "machine", version: 2 } });
    await db.revision.create({ data: { paragraphId: id, field: "target", text: machine, status: "machine", origin: "machine", version: 2 } });
  }
  return { documentId, ids: rows.map((row) => row.id) };
}
