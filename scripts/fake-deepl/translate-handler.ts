import { billedCharacters } from "@/lib/translate/billing";
import { fakeTranslate } from "./fake-translate";
import { ApiError } from "./api-error";
import type { GlossaryStore } from "./glossary-store";
import type { FakeDeeplFaults } from "./faults";
import type { RequestParams } from "./request-params";

/** DeepL's documented limits for one text translation request. */
export const MAX_TEXTS_PER_REQUEST = 50;
export const MAX_REQUEST_BYTES = 128 * 1024;

export interface TranslateLogEntry {
  texts: string[];
  sourceLang: string | null;
  targetLang: string;
  context: string | null;
  glossaryId: string | null;
}

export interface TranslateState {
  faults: FakeDeeplFaults;
  /** Characters billed in this billing period, as /v2/usage reports them. */
  characterCount: number;
  glossaries: GlossaryStore;
}

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z]{2,4})?$/;
const TRUE = new Set(["1", "true"]);

/** POST /v2/translate once auth, size and injected faults have been dealt with; throws ApiError to refuse. */
export function handleTranslate(params: RequestParams, owner: string, state: TranslateState): { body: unknown; log: TranslateLogEntry; billed: number } {
  const texts = params.getAll("text");
  if (texts.length === 0) throw new ApiError(400, "Parameter 'text' not specified.");
  if (texts.length > MAX_TEXTS_PER_REQUEST) throw new ApiError(400, `Too many texts: at most ${MAX_TEXTS_PER_REQUEST} per request.`);
  const targetLang = params.get("target_lang")?.toUpperCase();
  if (!targetLang || !LANG.test(targetLang)) throw new ApiError(400, "Value for 'target_lang' not supported.");
  const sourceLang = params.get("source_lang")?.toUpperCase() ?? null;
  if (sourceLang !== null && !/^[A-Z]{2,3}$/.test(sourceLang)) throw new ApiError(400, "Value for 'source_lang' not supported.");
  const glossaryId = params.get("glossary_id") ?? null;
  if (glossaryId && !sourceLang) throw new ApiError(400, "Use of a glossary requires the source_lang parameter to be specified");
  const pairs = glossaryId && sourceLang ? state.glossaries.pairsFor(owner, glossaryId, sourceLang, targetLang) : [];

  // The context parameter is never billed; only the texts are.
  const billed = texts.reduce((sum, text) => sum + billedCharacters(text), 0);
  if (state.characterCount + billed > state.faults.characterLimit) throw new ApiError(456, "Quota for this billing period has been exceeded.");
  state.characterCount += billed;

  const showBilled = TRUE.has(params.get("show_billed_characters")?.toLowerCase() ?? "");
  const translations = texts.map((text) => ({
    detected_source_language: sourceLang ?? "ID",
    text: fakeTranslate(text, targetLang, pairs),
    ...(showBilled ? { billed_characters: billedCharacters(text) } : {}),
  }));
  const log = { texts, sourceLang, targetLang, context: params.get("context") ?? null, glossaryId };
  return { body: { translations }, log, billed };
}
