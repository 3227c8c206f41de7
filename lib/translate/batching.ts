import { baseRequestBytes, MAX_REQUEST_BYTES, MAX_TEXTS_PER_REQUEST, REQUEST_SAFETY_MARGIN, textBudget, textFieldBytes, type RequestShape } from "./request-size";
import { splitToFit } from "./split-text";

/** One distinct source text to translate; `key` identifies it (its normalised form). */
export interface TextUnit {
  key: string;
  text: string;
}

/** A text as sent: a whole unit (count 1) or one of its `count` pieces. */
export interface BatchPiece {
  key: string;
  index: number;
  count: number;
  text: string;
}

export interface Batch {
  pieces: BatchPiece[];
  /** Request body size in bytes, as deepl-node will send it. */
  bytes: number;
}

export interface BatchLimits {
  maxTexts: number;
  maxBytes: number;
}

export const DEEPL_LIMITS: BatchLimits = { maxTexts: MAX_TEXTS_PER_REQUEST, maxBytes: MAX_REQUEST_BYTES - REQUEST_SAFETY_MARGIN };

/**
 * Packs texts into as few requests as DeepL's limits allow, in reading order:
 * at most `maxTexts` texts and `maxBytes` of body per request (context and
 * glossary id included). A repeated key is sent once; a text too large for any
 * request is split into pieces at sentence boundaries.
 */
export function planBatches(units: readonly TextUnit[], shape: RequestShape, limits: BatchLimits = DEEPL_LIMITS): Batch[] {
  const base = baseRequestBytes(shape);
  const budget = textBudget(base, limits.maxBytes);
  if (budget < 1) throw new Error("The request context leaves no room for any text");
  const batches: Batch[] = [];
  let current: Batch = { pieces: [], bytes: base };
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.key)) continue;
    seen.add(unit.key);
    const texts = splitToFit(unit.text, budget);
    texts.forEach((text, index) => {
      const bytes = textFieldBytes(text);
      if (current.pieces.length >= limits.maxTexts || current.bytes + bytes > limits.maxBytes) {
        batches.push(current);
        current = { pieces: [], bytes: base };
      }
      current.pieces.push({ key: unit.key, index, count: texts.length, text });
      current.bytes += bytes;
    });
  }
  if (current.pieces.length > 0) batches.push(current);
  return batches;
}
