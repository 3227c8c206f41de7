import type { Db } from "@/lib/db/client";
import { listGlossaryTerms } from "@/lib/db/glossary";
import { lookupMemory } from "@/lib/db/memory";
import { loadTranslationSource } from "@/lib/db/paragraph-translations";
import { AppError } from "@/lib/errors/app-error";
import { planBatches } from "./batching";
import { billedCharacters } from "./billing";
import type { DeepLUsage, MachineTranslator } from "./machine-translator";
import { articleContext, groupByText, planParagraph } from "./plan-paragraphs";
import { translatorFromEnv } from "./shared-translator";

/** What translating a document would cost, shown before it starts. */
export interface TranslationPreview {
  documentId: number;
  /** Paragraphs without English that a job would fill. */
  paragraphs: number;
  /** Of those, answered by the translation memory (0 characters billed). */
  fromMemory: number;
  /** Of those, copied verbatim (credit and related lines). */
  verbatim: number;
  /** Of those, sent to DeepL (identical texts share one). */
  toSend: number;
  charactersToBill: number;
  requests: number;
  keyConfigured: boolean;
  /** The account's usage when a key is set and DeepL answered. */
  quota: (DeepLUsage & { remaining: number }) | null;
  /** Why the quota could not be read (deeplBadKey, deeplUnavailable…). */
  quotaErrorCode: string | null;
}

// Same length as a DeepL glossary id, so the estimate counts its bytes.
const GLOSSARY_ID_PLACEHOLDER = "00000000-0000-0000-0000-000000000000";

export async function previewTranslation(db: Db, documentId: number, translator: MachineTranslator | null = translatorFromEnv()): Promise<TranslationPreview> {
  const source = await loadTranslationSource(db, documentId);
  if (!source) throw new AppError("documentNotFound", { id: documentId }, 404);
  const plans = source.paragraphs.map(planParagraph);
  const groups = groupByText(source.paragraphs);
  const hits = await lookupMemory(db, { sourceLang: source.sourceLang, targetLang: source.targetLang }, [...groups.keys()]);
  const misses = [...groups.keys()].filter((key) => !hits.has(key));
  const hasGlossary = (await listGlossaryTerms(db)).length > 0;
  const shape = { targetLang: source.targetLang, context: articleContext(source.title, source.paragraphs), glossaryId: hasGlossary ? GLOSSARY_ID_PLACEHOLDER : undefined };

  let quota: TranslationPreview["quota"] = null;
  let quotaErrorCode: string | null = null;
  if (translator) {
    try {
      const usage = await translator.usage();
      quota = { ...usage, remaining: Math.max(0, usage.characterLimit - usage.characterCount) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      quotaErrorCode = error.code;
    }
  }
  return {
    documentId,
    paragraphs: plans.filter((plan) => plan !== "skip").length,
    fromMemory: [...hits.keys()].reduce((sum, key) => sum + (groups.get(key)?.length ?? 0), 0),
    verbatim: plans.filter((plan) => plan === "verbatim").length,
    toSend: misses.reduce((sum, key) => sum + (groups.get(key)?.length ?? 0), 0),
    charactersToBill: misses.reduce((sum, key) => sum + billedCharacters(key), 0),
    requests: planBatches(misses.map((key) => ({ key, text: key })), shape).length,
    keyConfigured: translator !== null,
    quota,
    quotaErrorCode,
  };
}
