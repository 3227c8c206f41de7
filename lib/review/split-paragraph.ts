import type { Db } from "@/lib/db/client";
import { insertParagraph, lockParagraphOrder, shiftPositions } from "@/lib/db/paragraph-positions";
import { appendRevision } from "@/lib/db/revision-log";
import { changeAtVersion, changeParagraphWithModels, ensureVersion, loadParagraph, statusOf, toSnapshot, type ChangeResult, type ParagraphSnapshot } from "./paragraph-change";
import { recordSourceBaseline } from "./source-baseline";
import { planSplit, type SplitCursor } from "./split-plan";
import { statusAfterSplit } from "./status-rules";

export interface SplitParagraphInput {
  paragraphId: number;
  expectedVersion: number;
  cursor: SplitCursor;
}

/**
 * Splits a paragraph in two at the cursor (see planSplit for how the other language follows).
 * The first half keeps the paragraph's identity and its whole history, whose last entries hold
 * the text before the split; the second half is a new paragraph right after it whose history
 * starts with its share. Later paragraphs move down one place.
 */
export async function splitParagraph(db: Db, input: SplitParagraphInput): Promise<ChangeResult<{ paragraphs: [ParagraphSnapshot, ParagraphSnapshot] }>> {
  return changeParagraphWithModels(db, input.paragraphId, input.expectedVersion, async (tx, outside) => {
    // Read again inside: splits and merges elsewhere move positions without touching versions.
    await lockParagraphOrder(tx, outside.documentId);
    const record = await loadParagraph(tx, outside.id);
    ensureVersion(record, input.expectedVersion);
    const { first, second } = planSplit(record, input.cursor);
    const firstStatus = statusAfterSplit(statusOf(record), first.targetText);
    const head = await changeAtVersion(tx, record, input.expectedVersion, { ...first, candidateText: null, status: firstStatus });
    await recordSourceBaseline(tx, record);
    await appendRevision(tx, { paragraphId: head.id, field: "source", text: first.sourceText, status: firstStatus, origin: "human", version: head.version });
    if (record.targetText !== null) {
      await appendRevision(tx, { paragraphId: head.id, field: "target", text: first.targetText ?? "", status: firstStatus, origin: "human", version: head.version });
    }

    await shiftPositions(tx, record.documentId, record.position, 1);
    const tail = {
      documentId: record.documentId,
      position: record.position + 1,
      kind: record.kind,
      ...second,
      status: statusAfterSplit(statusOf(record), second.targetText),
      sourceStale: record.sourceStale,
    };
    const tailId = await insertParagraph(tx, tail);
    await appendRevision(tx, { paragraphId: tailId, field: "source", text: second.sourceText, status: tail.status, origin: "human", version: 1 });
    if (second.targetText !== null) {
      await appendRevision(tx, { paragraphId: tailId, field: "target", text: second.targetText, status: tail.status, origin: "human", version: 1 });
    }
    return { paragraphs: [head, toSnapshot({ ...tail, id: tailId, version: 1 })] as [ParagraphSnapshot, ParagraphSnapshot] };
  });
}
