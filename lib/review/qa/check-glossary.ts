import type { QaTexts, QaWarning } from "./qa-warning";

export interface GlossaryPair {
  source: string;
  target: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole words only, any case, any run of white space; `suffix` allows English plurals. */
function wordPattern(term: string, suffix = ""): RegExp {
  const body = term.trim().split(/\s+/).map(escape).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${suffix}(?![\\p{L}\\p{N}])`, "iu");
}

/** A glossary term used in the Indonesian must appear, in its agreed English, in the translation. */
export function checkGlossary({ sourceText, targetText }: QaTexts, terms: readonly GlossaryPair[]): QaWarning[] {
  if (!targetText) return [];
  return terms
    .filter((term) => term.source.trim() !== "" && term.target.trim() !== "")
    .filter((term) => wordPattern(term.source).test(sourceText) && !wordPattern(term.target, "(?:s|es)?").test(targetText))
    .map((term) => ({ code: "glossaryMissing", params: { source: term.source, target: term.target } }));
}
