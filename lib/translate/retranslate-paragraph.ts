import { isTargetLang } from "@/lib/bilingual/guards";
import type { Db } from "@/lib/db/client";
import { normaliseForMemory } from "@/lib/bilingual/normalise";
import { rememberTranslations } from "@/lib/db/memory";
import { getParagraphEnglish, replaceMachineEnglish, storeCandidate, type ParagraphEnglish } from "@/lib/db/paragraph-candidates";
import { loadTranslationSource } from "@/lib/db/paragraph-translations";
import { AppError } from "@/lib/errors/app-error";
import { syncGlossary } from "./glossary-sync";
import type { MachineTranslator } from "./machine-translator";
import { neighbourContext } from "./plan-paragraphs";
import { translatorFromEnv } from "./shared-translator";
import { translateUnits } from "./translate-units";

export interface RetranslateResult {
  /** replaced: the paragraph had no human English and now shows the new output; candidate: it waits beside the person's text. */
  outcome: "replaced" | "candidate";
  paragraph: ParagraphEnglish;
}

const HUMAN_STATUSES = new Set(["edited", "reviewed"]);

/**
 * Asks DeepL again for one paragraph (the memory is skipped: a fresh output is
 * the point), with its neighbours as context. English a person wrote or
 * approved is never replaced: the new output is stored as a candidate to
 * compare, and the person's text is kept in the history.
 */
export async function retranslateParagraph(db: Db, paragraphId: number, translator: MachineTranslator | null = translatorFromEnv()): Promise<RetranslateResult> {
  if (!translator) throw new AppError("deeplNoKey", {}, 503);
  const { documentId } = await getParagraphEnglish(db, paragraphId);
  const source = await loadTranslationSource(db, documentId);
  const paragraph = source?.paragraphs.find((p) => p.id === paragraphId);
  if (!source || !paragraph) throw new AppError("paragraphNotFound", { id: paragraphId }, 404);
  const key = normaliseForMemory(paragraph.sourceText);
  if (!key) throw new AppError("paragraphEmpty", {}, 400);
  const targetLang = isTargetLang(source.targetLang) ? source.targetLang : "en-US";

  let text: string | undefined;
  let failure: string | null = null;
  const { stopCode } = await translateUnits([{ key, text: key }], {
    translator,
    targetLang,
    context: neighbourContext(source.paragraphs, paragraphId),
    glossaryId: await syncGlossary(db, translator),
    concurrency: 1,
    shouldContinue: async () => true,
    onBatch: async ({ translated, failed }) => {
      text ??= translated.get(key);
      failure ??= failed?.code ?? null;
    },
  });
  if (stopCode || failure || text === undefined) throw new AppError(stopCode ?? failure ?? "unexpected", {}, 502);
  await rememberTranslations(db, [{ sourceLang: source.sourceLang, targetLang, sourceText: key, targetText: text, origin: "machine" }]);

  // A person's save may land while DeepL answers: decide on the state found at write time.
  for (;;) {
    const current = await getParagraphEnglish(db, paragraphId);
    const human = HUMAN_STATUSES.has(current.status);
    const stored = human ? await storeCandidate(db, paragraphId, current.version, text) : await replaceMachineEnglish(db, paragraphId, current.version, text);
    if (stored) return { outcome: human ? "candidate" : "replaced", paragraph: await getParagraphEnglish(db, paragraphId) };
  }
}
