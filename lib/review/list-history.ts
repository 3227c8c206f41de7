import type { Db } from "@/lib/db/client";
import { findParagraphRecord } from "@/lib/db/paragraph-versions";
import { listRevisions, type RevisionRecord } from "@/lib/db/revision-log";
import { AppError } from "@/lib/errors/app-error";

export type HistoryEntry = RevisionRecord;

/** A paragraph's revisions of both fields, newest first; compare any two with wordDiff. */
export async function listHistory(db: Db, paragraphId: number): Promise<HistoryEntry[]> {
  if (!(await findParagraphRecord(db, paragraphId))) throw new AppError("paragraphNotFound", { id: paragraphId }, 404);
  return listRevisions(db, paragraphId);
}
