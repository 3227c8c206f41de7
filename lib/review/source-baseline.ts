import type { ParagraphRecord } from "@/lib/db/paragraph-versions";
import { appendRevision, hasRevision } from "@/lib/db/revision-log";
import type { SqlTarget } from "@/lib/db/lean-sql";

/**
 * Imports store the Indonesian without a revision, so before its first change the original
 * is recorded once (origin "import", dated when the paragraph was created): after that every
 * version of the source is in the history.
 */
export async function recordSourceBaseline(tx: SqlTarget, record: Pick<ParagraphRecord, "id" | "sourceText" | "status" | "version" | "createdAt">, onParagraphId = record.id): Promise<void> {
  if (await hasRevision(tx, record.id, "source")) return;
  await appendRevision(tx, {
    paragraphId: onParagraphId,
    field: "source",
    text: record.sourceText,
    status: record.status,
    origin: "import",
    version: record.version,
    createdAt: record.createdAt,
  });
}
