import type { Db } from "@/lib/db/client";
import { loadTranslationSource } from "@/lib/db/paragraph-translations";
import { insertTranslationJob, type TranslationJobView } from "@/lib/db/translation-jobs";
import { AppError } from "@/lib/errors/app-error";
import type { MachineTranslator } from "./machine-translator";
import { planParagraph } from "./plan-paragraphs";
import { translatorFromEnv } from "./shared-translator";

/**
 * Queues the translation of every paragraph of a document that has no English
 * yet; a worker runs it. Also the way to retry paragraphs that failed: they
 * are still untranslated, so a new job picks them up. Refuses without a DeepL
 * key (`deeplNoKey`) and while another job for the document is active
 * (`translationJobActive`).
 */
export async function startDocumentTranslation(
  db: Db,
  documentId: number,
  translator: MachineTranslator | null = translatorFromEnv(),
): Promise<TranslationJobView> {
  if (!translator) throw new AppError("deeplNoKey", {}, 503);
  const source = await loadTranslationSource(db, documentId);
  if (!source) throw new AppError("documentNotFound", { id: documentId }, 404);
  const plans = source.paragraphs.map(planParagraph);
  const total = plans.filter((plan) => plan === "send").length;
  const nothingToDo = plans.every((plan) => plan === "skip");
  return insertTranslationJob(db, documentId, total, nothingToDo ? "done" : "queued");
}
