/**
 * The fake server's "translation": deterministic and visibly derived from the
 * input, so a test can tell which text went where. Glossary terms are replaced
 * by their target, the way a real glossary forces a term's translation.
 */

export type GlossaryPairs = ReadonlyArray<readonly [source: string, target: string]>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces whole-word glossary terms in one pass, longest first, so a replacement is never replaced again. */
export function applyGlossary(text: string, pairs: GlossaryPairs): string {
  if (pairs.length === 0) return text;
  const targets = new Map(pairs);
  const alternatives = [...targets.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return text.replace(pattern, (term) => targets.get(term) ?? term);
}

/** "[EN-US] <text with glossary terms replaced>". */
export function fakeTranslate(text: string, targetLang: string, pairs: GlossaryPairs = []): string {
  return `[${targetLang.toUpperCase()}] ${applyGlossary(text, pairs)}`;
}
