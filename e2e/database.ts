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
