import type { SourceParagraph } from "@/lib/db/paragraph-translations";
import { normaliseForMemory } from "@/lib/bilingual/normalise";

/**
 * Credit lines ("REUTERS", "ANTARA/AFP") and related-link lines ("Baca juga: …")
 * are never sent to DeepL: they are copied verbatim into the English column. An
 * agency name reads the same in English, and a related link points to an
 * Indonesian article whose title a reader should see as it is.
 */
export const VERBATIM_KINDS: ReadonlySet<string> = new Set(["credit", "related"]);

export type ParagraphPlan = "send" | "verbatim" | "skip";

/** What a document translation does with a paragraph. Datelines are already outside sourceText. */
export function planParagraph(paragraph: Pick<SourceParagraph, "kind" | "status" | "sourceText">): ParagraphPlan {
  if (paragraph.status !== "untranslated" || normaliseForMemory(paragraph.sourceText) === "") return "skip";
  return VERBATIM_KINDS.has(paragraph.kind) ? "verbatim" : "send";
}

/** Paragraphs to send grouped by their normalised text, in reading order: one DeepL text serves them all. */
export function groupByText(paragraphs: readonly SourceParagraph[]): Map<string, SourceParagraph[]> {
  const groups = new Map<string, SourceParagraph[]>();
  for (const paragraph of paragraphs) {
    if (planParagraph(paragraph) !== "send") continue;
    const key = normaliseForMemory(paragraph.sourceText);
    const group = groups.get(key);
    if (group) group.push(paragraph);
    else groups.set(key, [paragraph]);
  }
  return groups;
}

const CONTEXT_LIMIT = 1000;

function capped(parts: string[]): string | undefined {
  const text = parts.map(normaliseForMemory).filter(Boolean).join("\n");
  if (!text) return undefined;
  return text.length <= CONTEXT_LIMIT ? text : `${text.slice(0, CONTEXT_LIMIT).replace(/\s+\S*$/, "")}…`;
}

/**
 * DeepL takes one `context` per request, shared by all its texts, and does not
 * bill it. For a document's batches the article's opening (title and lead
 * paragraph) is what helps every text: who "he" is, which ministry, the topic.
 */
export function articleContext(title: string, paragraphs: readonly SourceParagraph[]): string | undefined {
  const lead = paragraphs.find((p) => p.kind === "body" && normaliseForMemory(p.sourceText) !== "")?.sourceText ?? "";
  return capped(normaliseForMemory(lead).startsWith(normaliseForMemory(title)) ? [lead] : [title, lead]);
}

/** For one paragraph translated alone, its neighbours are the most telling context. */
export function neighbourContext(paragraphs: readonly SourceParagraph[], id: number): string | undefined {
  const index = paragraphs.findIndex((p) => p.id === id);
  if (index < 0) return undefined;
  return capped([paragraphs[index - 1]?.sourceText ?? "", paragraphs[index + 1]?.sourceText ?? ""]);
}
