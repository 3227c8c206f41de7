import { sentenceSpans } from "@/lib/segment/sentences";

/** A sentence as shown: its text without the spaces that follow it, which are kept apart. */
export interface ReadingSentence {
  text: string;
  trailing: string;
}

/** A paragraph's sentences in reading order; joined with their trailing spaces they give the text back. */
export function readingSentences(paragraph: string): ReadingSentence[] {
  const sentences: ReadingSentence[] = [];
  for (const span of sentenceSpans(paragraph)) {
    const text = span.text.trimEnd();
    const trailing = span.text.slice(text.length);
    const previous = sentences.at(-1);
    if (text === "" && previous) previous.trailing += trailing;
    else sentences.push({ text, trailing });
  }
  return sentences;
}

export type SentencePairing =
  /** Same number of sentences: sentence i of one side goes with sentence i of the other. */
  | { by: "sentence"; pairs: [source: number, target: number][] }
  /** Different numbers: position says nothing, so the whole paragraph is the counterpart. */
  | { by: "paragraph"; sourceCount: number; targetCount: number }
  /** One side is empty (no English yet). */
  | { by: "none" };

/** Pairs a paragraph's sentences with its translation's by position, when the counts allow it. */
export function pairSentences(source: readonly unknown[], target: readonly unknown[]): SentencePairing {
  if (source.length === 0 || target.length === 0) return { by: "none" };
  if (source.length !== target.length) return { by: "paragraph", sourceCount: source.length, targetCount: target.length };
  return { by: "sentence", pairs: source.map((_, index) => [index, index]) };
}
