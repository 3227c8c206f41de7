import type { Db } from "@/lib/db/client";
import { appendRevision } from "@/lib/db/revision-log";
import { AppError } from "@/lib/errors/app-error";
import { changeAtVersion, changeParagraph, type ChangeResult } from "./paragraph-change";
import { recordSourceBaseline } from "./source-baseline";
import { staleAfterSourceCorrection } from "./status-rules";

export interface CorrectSourceInput {
  paragraphId: number;
  text: string;
  expectedVersion: number;
}

/** Corrects the Indonesian (typos, OCR errors). The English stays, flagged as possibly stale until reviewed. */
export async function correctSource(db: Db, input: CorrectSourceInput): Promise<ChangeResult> {
  return changeParagraph(db, input.paragraphId, input.expectedVersion, async (tx, record) => {
    if (input.text.trim() === "") throw new AppError("emptySource");
    const changed = input.text !== record.sourceText;
    const paragraph = await changeAtVersion(tx, record, input.expectedVersion, {
      sourceText: input.text,
      sourceStale: changed ? staleAfterSourceCorrection(record.targetText) : record.sourceStale,
    });
    await recordSourceBaseline(tx, record);
    await appendRevision(tx, { paragraphId: record.id, field: "source", text: input.text, status: paragraph.status, origin: "human", version: paragraph.version });
    return { paragraph };
  });
}
