import type { Db } from "@/lib/db/client";
import { appendRevision } from "@/lib/db/revision-log";
import { changeAtVersion, changeParagraph, type ChangeResult } from "./paragraph-change";
import { rememberReviewed } from "./remember-reviewed";
import { statusAfterMarkReviewed } from "./status-rules";

export interface MarkReviewedInput {
  paragraphId: number;
  expectedVersion: number;
}

/** Approves the English as it stands: clears the stale flag, records a revision and feeds the translation memory. */
export async function markReviewed(db: Db, input: MarkReviewedInput): Promise<ChangeResult> {
  return changeParagraph(db, input.paragraphId, input.expectedVersion, async (tx, record) => {
    const status = statusAfterMarkReviewed(record.targetText);
    const paragraph = await changeAtVersion(tx, record, input.expectedVersion, { status, sourceStale: false });
    const text = record.targetText ?? "";
    await appendRevision(tx, { paragraphId: record.id, field: "target", text, status, origin: "human", version: paragraph.version });
    await rememberReviewed(tx, record, text);
    return { paragraph };
  });
}
