/**
 * Sizes of a /v2/translate request body exactly as deepl-node sends it: an
 * application/x-www-form-urlencoded body built with URLSearchParams.
 */

export const MAX_TEXTS_PER_REQUEST = 50;
export const MAX_REQUEST_BYTES = 128 * 1024;
// Room for parameters a later deepl-node might add; request headers are limited separately by DeepL.
export const REQUEST_SAFETY_MARGIN = 4 * 1024;

export interface RequestShape {
  targetLang: string;
  context?: string;
  glossaryId?: string;
}

/** Bytes of everything in the body except the texts. */
export function baseRequestBytes(shape: RequestShape): number {
  const params = new URLSearchParams({ target_lang: shape.targetLang, source_lang: "id" });
  if (shape.glossaryId) params.append("glossary_id", shape.glossaryId);
  params.append("show_billed_characters", "1");
  if (shape.context) params.append("context", shape.context);
  return params.toString().length;
}

/** Length of a value once form-encoded; additive, since every character is encoded on its own. */
export function encodedLength(value: string): number {
  return new URLSearchParams({ v: value }).toString().length - 2;
}

const TEXT_FIELD_OVERHEAD = "&text=".length;

/** Bytes one `&text=…` field adds to the body. */
export function textFieldBytes(text: string): number {
  return TEXT_FIELD_OVERHEAD + encodedLength(text);
}

/** The largest encoded text that still fits in a request whose other fields take `baseBytes`. */
export function textBudget(baseBytes: number, maxBytes: number): number {
  return maxBytes - baseBytes - TEXT_FIELD_OVERHEAD;
}
