import type { RevisionOrigin } from "@/lib/bilingual/types";
import type { Db } from "@/lib/db/client";
import { appendRevision } from "@/lib/db/revision-log";
import { changeAtVersion, changeParagraph, statusOf, type ChangeResult } from "./paragraph-change";
import { rememberReviewed } from "./remember-reviewed";
import { staleAfterTargetSave, statusAfterTargetSave, type HumanStatus } from "./status-rules";

export interface SaveTargetInput {
  paragraphId: number;
  text: string;
  /** The version the editor started from. */
  expectedVersion: number;
  /** Save and approve at once ("reviewed"), or force "edited"; by default the rules decide. */
  status?: HumanStatus;
  /** "tool" for scripts using the JSON API. */
  origin?: Extract<RevisionOrigin, "human" | "tool">;
}

/** Saves a person's English: one revision per save, a conflict instead of overwriting a newer version. */
export function saveTarget(db: Db, input: SaveTargetInput): Promise<ChangeResult> {
  return changeParagraph(db, input.paragraphId, input.expectedVersion, async (tx, record) => {
    const status = statusAfterTargetSave({ current: statusOf(record), currentText: record.targetText, text: input.text, requested: input.status });
    const paragraph = await changeAtVersion(tx, record, input.expectedVersion, {
      targetText: status === "untranslated" ? null : input.text,
      status,
      sourceStale: staleAfterTargetSave(record.sourceStale, status),
    });
    await appendRevision(tx, { paragraphId: record.id, field: "target", text: input.text, status, origin: input.origin ?? "human", version: paragraph.version });
    if (status === "reviewed") await rememberReviewed(tx, record, input.text);
    return { paragraph };
  });
}
