import { AppError, UNEXPECTED_ERROR } from "@/lib/errors/app-error";
import type { TargetLang } from "@/lib/bilingual/types";
import { planBatches, type Batch, type TextUnit } from "./batching";
import { isTransientDeepLError } from "./deepl-errors";
import type { MachineTranslator } from "./machine-translator";
import { joinPieces } from "./split-text";

/** What one finished request brought: whole units translated, or units that failed for good. */
export interface BatchOutcome {
  translated: Map<string, string>;
  failed: { keys: string[]; code: string } | null;
  billedCharacters: number;
}

export interface TranslateUnitsOptions {
  translator: MachineTranslator;
  targetLang: TargetLang;
  context?: string;
  glossaryId?: string;
  /** Requests of this run in flight at once. */
  concurrency: number;
  /** Checked before each request is sent: false stops the run (cancelled, lease lost, shutting down). */
  shouldContinue: () => Promise<boolean>;
  /** Called once per finished request, one call at a time, in completion order. */
  onBatch: (outcome: BatchOutcome) => Promise<void>;
}

// Errors that make every further request pointless: the run stops and the units not yet done stay untranslated.
const STOPPING = new Set(["deeplQuotaExceeded", "deeplBadKey", "deeplGlossaryMissing"]);

/**
 * Sends distinct texts to DeepL in planned batches with bounded concurrency.
 * Resolves with the code of the error that stopped it early, if any.
 */
export async function translateUnits(units: readonly TextUnit[], options: TranslateUnitsOptions): Promise<{ stopCode: string | null }> {
  const { translator, targetLang, context, glossaryId } = options;
  const queue: Batch[] = planBatches(units, { targetLang, context, glossaryId });
  const pieces = new Map<string, string[]>();
  let stopCode: string | null = null;
  let stopped = false;
  let serial = Promise.resolve();
  const report = (outcome: BatchOutcome) => (serial = serial.then(() => options.onBatch(outcome)));

  function assemble(batch: Batch, texts: string[]): Map<string, string> {
    const done = new Map<string, string>();
    batch.pieces.forEach((piece, i) => {
      const parts = pieces.get(piece.key) ?? new Array<string>(piece.count);
      parts[piece.index] = texts[i];
      pieces.set(piece.key, parts);
      if (parts.filter((part) => part !== undefined).length === piece.count) done.set(piece.key, joinPieces(parts));
    });
    return done;
  }

  async function send(batch: Batch): Promise<void> {
    const keys = [...new Set(batch.pieces.map((p) => p.key))];
    try {
      const result = await translator.translate({ texts: batch.pieces.map((p) => p.text), targetLang, context, glossaryId });
      await report({ translated: assemble(batch, result.texts), failed: null, billedCharacters: result.billedCharacters });
    } catch (error) {
      if (error instanceof AppError && STOPPING.has(error.code)) {
        stopCode ??= error.code;
        stopped = true;
        await report({ translated: new Map(), failed: null, billedCharacters: 0 });
        return;
      }
      if (!isTransientDeepLError(error)) console.error(error);
      const code = error instanceof AppError ? error.code : UNEXPECTED_ERROR;
      await report({ translated: new Map(), failed: { keys, code }, billedCharacters: 0 });
    }
  }

  async function lane(): Promise<void> {
    for (let batch = queue.shift(); batch && !stopped; batch = queue.shift()) {
      if (!(await options.shouldContinue())) {
        stopped = true;
        break;
      }
      await send(batch);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  await serial;
  return { stopCode };
}
