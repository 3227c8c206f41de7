import type { ParagraphStatus, RevisionOrigin } from "@/lib/bilingual/types";
import { AppError } from "@/lib/errors/app-error";
import type { Db } from "./client";

export interface TargetUpdate {
  paragraphId: number;
  /** For the conflict message: the paragraph as the user counts it (position + 1). */
  position: number;
  text: string;
  /** The version the new English was based on; another save since then aborts the whole batch. */
  expectedVersion: number;
}

/**
 * Writes new English for several paragraphs of one document in a single transaction: each paragraph gets the
 * text, the status and version + 1, plus an append-only Revision. A paragraph saved by someone else meanwhile
 * (its version moved on) aborts everything with "paragraphConflict", so a batch never lands half-way.
 */
export async function updateTargets(db: Db, documentId: number, updates: TargetUpdate[], change: { status: ParagraphStatus; origin: RevisionOrigin }): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const update of updates) {
      const { count } = await tx.paragraph.updateMany({
        where: { id: update.paragraphId, documentId, version: update.expectedVersion },
        data: { targetText: update.text, status: change.status, sourceStale: false, translationError: null, version: { increment: 1 } },
      });
      if (count !== 1) throw new AppError("paragraphConflict", { position: update.position }, 409);
      await tx.revision.create({
        data: { paragraphId: update.paragraphId, field: "target", text: update.text, status: change.status, origin: change.origin, version: update.expectedVersion + 1 },
      });
    }
  });
}
