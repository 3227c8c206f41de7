import type { Db } from "./client";

/** What a translation run needs to know about a document. */
export interface TranslationSource {
  documentId: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  paragraphs: SourceParagraph[];
}

export interface SourceParagraph {
  id: number;
  position: number;
  kind: string;
  sourceText: string;
  status: string;
  version: number;
}

export async function loadTranslationSource(db: Db, documentId: number): Promise<TranslationSource | null> {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      title: true, sourceLang: true, targetLang: true,
      paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, sourceText: true, status: true, version: true } },
    },
  });
  return document && { documentId, ...document };
}

export type AutomaticOrigin = "machine" | "memory" | "tool";

/** English written automatically into an untranslated paragraph whose version the writer read. */
export interface AutomaticWrite {
  id: number;
  version: number;
  text: string;
  /** machine = DeepL, memory = translation memory, tool = copied verbatim (credit and related lines). */
  origin: AutomaticOrigin;
}

/**
 * Writes automatic English in one transaction, each paragraph only if it is
 * still untranslated at the version the writer read: a person's save that
 * landed meanwhile wins, and that paragraph is reported as skipped.
 */
export async function writeAutomaticTranslations(db: Db, writes: readonly AutomaticWrite[]): Promise<{ written: number[]; skipped: number[] }> {
  if (writes.length === 0) return { written: [], skipped: [] };
  return db.$transaction(async (tx) => {
    // Issued together: the transaction's connection runs them in order without a round trip per row.
    const counts = await Promise.all(
      writes.map((write) =>
        tx.paragraph.updateMany({
          where: { id: write.id, version: write.version, status: "untranslated" },
          data: {
            targetText: write.text,
            machineText: write.origin === "tool" ? null : write.text,
            status: "machine",
            translationError: null,
            version: { increment: 1 },
          },
        }),
      ),
    );
    const written = writes.filter((_, i) => counts[i].count === 1);
    await tx.revision.createMany({
      data: written.map((w) => ({ paragraphId: w.id, field: "target", text: w.text, status: "machine", origin: w.origin, version: w.version + 1 })),
    });
    return { written: written.map((w) => w.id), skipped: writes.filter((_, i) => counts[i].count === 0).map((w) => w.id) };
  });
}

/** Notes why untranslated paragraphs could not be translated (an AppError code); they stay untranslated. */
export async function markTranslationFailed(db: Db, ids: readonly number[], code: string): Promise<void> {
  if (ids.length === 0) return;
  await db.paragraph.updateMany({ where: { id: { in: [...ids] }, status: "untranslated" }, data: { translationError: code } });
}
