import { splitSentences } from "@/lib/segment/sentences";

const MAX_DERIVED_TITLE = 80;

/**
 * A title from the start of the first sentence: trailing punctuation dropped and,
 * when longer than 80 characters, cut at the last word boundary with an ellipsis.
 */
export function deriveTitle(firstParagraph: string): string {
  const sentence = (splitSentences(firstParagraph)[0] ?? firstParagraph).trim().replace(/[.!?…:;,]+$/u, "");
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE + 1);
  const boundary = cut.search(/\s\S*$/);
  const head = (boundary > 20 ? cut.slice(0, boundary) : cut.slice(0, MAX_DERIVED_TITLE)).replace(/[\s,;:–—-]+$/u, "");
  return `${head}…`;
}
