import type { Db } from "@/lib/db/client";
import type { ParagraphChange, ParagraphRecord } from "@/lib/db/paragraph-versions";
import { appendRevision, findRevision, type RevisionField } from "@/lib/db/revision-log";
import { AppError } from "@/lib/errors/app-error";
import { changeAtVersion, changeParagraph, type ChangeResult } from "./paragraph-change";
import { staleAfterSourceCorrection, staleAfterTargetSave, statusAfterRestore } from "./status-rules";

export interface RestoreRevisionInput {
  paragraphId: number;
  revisionId: number;
  expectedVersion: number;
}

function restoring(field: RevisionField, record: ParagraphRecord, text: string): ParagraphChange {
  if (field === "source") {
    return { sourceText: text, sourceStale: text !== record.sourceText ? staleAfterSourceCorrection(record.targetText) : record.sourceStale };
  }
  const status = statusAfterRestore(text, record.machineText);
  return { targetText: status === "untranslated" ? null : text, status, sourceStale: staleAfterTargetSave(record.sourceStale, status) };
}

/**
 * Brings back an earlier text of either field. The restore is itself a new revision (origin
 * "restore"), so what it replaces stays in the history too. A restored English needs a fresh
 * review; a restored Indonesian flags the English as stale like any source correction.
 */
export async function restoreRevision(db: Db, input: RestoreRevisionInput): Promise<ChangeResult> {
  return changeParagraph(db, input.paragraphId, input.expectedVersion, async (tx, record) => {
    const revision = await findRevision(tx, input.revisionId);
    if (!revision || revision.paragraphId !== record.id) throw new AppError("revisionNotFound", { id: input.revisionId }, 404);
    const paragraph = await changeAtVersion(tx, record, input.expectedVersion, restoring(revision.field, record, revision.text));
    await appendRevision(tx, { paragraphId: record.id, field: revision.field, text: revision.text, status: paragraph.status, origin: "restore", version: paragraph.version });
    return { paragraph };
  });
}
