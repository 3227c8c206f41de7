import type { Db } from "@/lib/db/client";
import { deleteParagraph, findNextParagraphId, lockParagraphOrder, shiftPositions } from "@/lib/db/paragraph-positions";
import { appendRevision, moveRevisions } from "@/lib/db/revision-log";
import { AppError } from "@/lib/errors/app-error";
import { planMerge } from "./merge-plan";
import { changeAtVersion, changeParagraphWithModels, ensureVersion, loadParagraph, statusOf, type ChangeResult } from "./paragraph-change";
import { recordSourceBaseline } from "./source-baseline";
import { statusAfterMerge } from "./status-rules";

export interface MergeParagraphsInput {
  paragraphId: number;
  expectedVersion: number;
  /** The version of the following paragraph as the user saw it: its text is about to change too. */
  nextExpectedVersion: number;
}

/**
 * Merges a paragraph with the next one. The merged paragraph keeps the first one's identity;
 * the second one's revisions move to it (keeping their own dates and version numbers) before
 * the second row is deleted, so both histories survive. Later paragraphs move up one place.
 */
export async function mergeParagraphs(db: Db, input: MergeParagraphsInput): Promise<ChangeResult> {
  return changeParagraphWithModels(db, input.paragraphId, input.expectedVersion, async (tx, outside) => {
    // Read again inside: splits and merges elsewhere move positions without touching versions.
    await lockParagraphOrder(tx, outside.documentId);
    const record = await loadParagraph(tx, outside.id);
    ensureVersion(record, input.expectedVersion);
    const nextId = await findNextParagraphId(tx, record.documentId, record.position);
    if (nextId === null) throw new AppError("noNextParagraph");
    const next = await loadParagraph(tx, nextId);
    ensureVersion(next, input.nextExpectedVersion);

    const merged = planMerge(record, next);
    const status = statusAfterMerge(statusOf(record), statusOf(next));
    // Claim the second paragraph first, so a writer that changed it meanwhile turns the merge into a conflict.
    await changeAtVersion(tx, next, input.nextExpectedVersion, {});
    const paragraph = await changeAtVersion(tx, record, input.expectedVersion, { ...merged, candidateText: null, status, sourceStale: record.sourceStale || next.sourceStale });

    await recordSourceBaseline(tx, record);
    await recordSourceBaseline(tx, next, record.id);
    await moveRevisions(tx, next.id, record.id);
    await deleteParagraph(tx, next.id);
    await shiftPositions(tx, record.documentId, next.position, -1);
    await appendRevision(tx, { paragraphId: record.id, field: "source", text: merged.sourceText, status, origin: "human", version: paragraph.version });
    if (merged.targetText !== null) {
      await appendRevision(tx, { paragraphId: record.id, field: "target", text: merged.targetText, status, origin: "human", version: paragraph.version });
    }
    return { paragraph };
  });
}
