import type { ParagraphStatus } from "@/lib/bilingual/types";
import { isParagraphStatus } from "@/lib/bilingual/guards";
import type { Db } from "./client";

export interface ReviewFigureRow {
  status: ParagraphStatus;
  sourceStale: boolean;
  machineText: string | null;
  targetText: string | null;
}

/**
 * What a document's review totals are computed from, without the Indonesian: the header needs
 * statuses and, for post-edit distance, the machine and current English.
 */
export async function listReviewFigures(db: Db, documentId: number): Promise<ReviewFigureRow[]> {
  const rows = await db.paragraph.findMany({
    where: { documentId },
    select: { status: true, sourceStale: true, machineText: true, targetText: true },
    orderBy: { position: "asc" },
  });
  return rows.map((row) => ({ ...row, status: isParagraphStatus(row.status) ? row.status : "untranslated" }));
}
