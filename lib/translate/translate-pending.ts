import type { TargetLang } from "@/lib/bilingual/types";
import type { Db } from "@/lib/db/client";
import { lookupMemory, rememberTranslations, type MemoryPair } from "@/lib/db/memory";
import { markTranslationFailed, writeAutomaticTranslations, type AutomaticWrite, type TranslationSource } from "@/lib/db/paragraph-translations";
import type { JobProgressDelta } from "@/lib/db/translation-jobs";
import { AppError } from "@/lib/errors/app-error";
import { forgetGlossary, syncGlossary } from "./glossary-sync";
import type { MachineTranslator } from "./machine-translator";
import { articleContext, groupByText, planParagraph } from "./plan-paragraphs";
import { translateUnits, type BatchOutcome } from "./translate-units";

export interface PendingRun {
  translator: MachineTranslator;
  targetLang: TargetLang;
  concurrency: number;
  shouldContinue: () => Promise<boolean>;
  progress: (delta: JobProgressDelta) => Promise<void>;
}

/**
 * Gives every untranslated paragraph of a document its English: credit and
 * related lines verbatim, repeated texts from the translation memory (nothing
 * billed), the rest from DeepL in batches. Progress is reported after each
 * step. Resolves with the code that stopped the run early and the first code
 * that made paragraphs fail, if any.
 */
export async function translatePending(db: Db, source: TranslationSource, run: PendingRun): Promise<{ stopCode: string | null; failedCode: string | null }> {
  const pair: MemoryPair = { sourceLang: source.sourceLang, targetLang: run.targetLang };
  const groups = groupByText(source.paragraphs);
  const writesFor = (key: string, text: string, origin: AutomaticWrite["origin"]) =>
    (groups.get(key) ?? []).map((p) => ({ id: p.id, version: p.version, text, origin }));

  const verbatim = source.paragraphs.filter((p) => planParagraph(p) === "verbatim");
  await writeAutomaticTranslations(db, verbatim.map((p) => ({ id: p.id, version: p.version, text: p.sourceText.trim(), origin: "tool" as const })));

  const hits = await lookupMemory(db, pair, [...groups.keys()]);
  const fromMemory = await writeAutomaticTranslations(db, [...hits].flatMap(([key, hit]) => writesFor(key, hit.targetText, "memory")));
  const handled = fromMemory.written.length + fromMemory.skipped.length;
  if (handled > 0) await run.progress({ done: handled, fromMemory: fromMemory.written.length });

  const finished = new Set(hits.keys());
  let failedCode: string | null = null;
  async function onBatch({ translated, failed, billedCharacters }: BatchOutcome): Promise<void> {
    await rememberTranslations(db, [...translated].map(([sourceText, targetText]) => ({ ...pair, sourceText, targetText, origin: "machine" as const })));
    const { written, skipped } = await writeAutomaticTranslations(db, [...translated].flatMap(([key, text]) => writesFor(key, text, "machine")));
    const failedIds = (failed?.keys ?? []).flatMap((key) => (groups.get(key) ?? []).map((p) => p.id));
    if (failed) await markTranslationFailed(db, failedIds, failed.code);
    failedCode ??= failed?.code ?? null;
    for (const key of [...translated.keys(), ...(failed?.keys ?? [])]) finished.add(key);
    await run.progress({ done: written.length + skipped.length, failed: failedIds.length, billedCharacters, requests: 1 });
  }

  const context = articleContext(source.title, source.paragraphs);
  // A glossary deleted on DeepL's side is re-created once, then the remaining texts are sent again.
  for (let attempt = 0; ; attempt++) {
    const units = [...groups.keys()].filter((key) => !finished.has(key)).map((key) => ({ key, text: key }));
    if (units.length === 0) return { stopCode: null, failedCode };
    let glossaryId: string | undefined;
    try {
      glossaryId = await syncGlossary(db, run.translator);
    } catch (error) {
      if (error instanceof AppError) return { stopCode: error.code, failedCode };
      throw error;
    }
    const { stopCode } = await translateUnits(units, { ...run, context, glossaryId, onBatch });
    if (stopCode !== "deeplGlossaryMissing" || attempt > 0) return { stopCode, failedCode };
    await forgetGlossary(db);
  }
}
