import type { ParagraphDraft } from "../lib/bilingual/types";
import { createDb } from "../lib/db/client";
import { createDocument } from "../lib/db/documents";
import { E2E_DATABASE_URL } from "./database-url";

/** Stores a document with English already in place (the web form only takes Indonesian); returns its reader path. */
export async function addBilingualDocument(title: string, pairs: [source: string, target?: string][]): Promise<string> {
  const db = createDb(E2E_DATABASE_URL);
  try {
    const paragraphs: ParagraphDraft[] = pairs.map(([sourceText, targetText]) => ({ kind: "body", sourceText, targetText }));
    return `/documents/${await createDocument(db, { title, originKind: "paste", paragraphs })}`;
  } finally {
    await db.$disconnect();
  }
}

/**
 * Stores a document as a reviewer meets it: English from the machine (status "machine", kept as the machine
 * output) unless a row says "reviewed"; rows without English stay untranslated. Returns its reader path.
 */
export async function addReviewDocument(title: string, rows: { source: string; target?: string; reviewed?: boolean }[]): Promise<string> {
  const path = await addBilingualDocument(title, rows.map((row) => [row.source, row.target]));
  const documentId = Number(path.split("/").pop());
  const db = createDb(E2E_DATABASE_URL);
  try {
    const machine = rows.flatMap((row, position) => (row.target && !row.reviewed ? [position] : []));
    await db.paragraph.updateMany({ where: { documentId, position: { in: machine } }, data: { status: "machine" } });
    for (const position of machine) {
      await db.paragraph.updateMany({ where: { documentId, position }, data: { machineText: rows[position].target } });
    }
    return path;
  } finally {
    await db.$disconnect();
  }
}
