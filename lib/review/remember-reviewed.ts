import type { ParagraphRecord } from "@/lib/db/paragraph-versions";
import { rememberTranslations } from "@/lib/db/memory";
import type { SqlTarget } from "@/lib/db/lean-sql";

/** Approved English becomes the translation memory's answer for this Indonesian, in the same transaction. */
export async function rememberReviewed(tx: SqlTarget, record: ParagraphRecord, targetText: string): Promise<void> {
  const { sourceLang, targetLang } = record.document;
  await rememberTranslations(tx, [{ sourceLang, targetLang, sourceText: record.sourceText, targetText, origin: "reviewed" }]);
}
