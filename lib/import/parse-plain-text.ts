import type { DocumentDraft, ParagraphDraft } from "@/lib/bilingual/types";
import { AppError } from "@/lib/errors/app-error";
import { markNewsStructure } from "@/lib/segment/news-structure";
import { splitParagraphs } from "@/lib/segment/paragraphs";
import { checkTextSize, MAX_PARAGRAPHS, MAX_TITLE_LENGTH } from "./limits";
import { deriveTitle } from "./title";

export interface DraftMeta {
  /** The title the user gave; wins over everything. */
  title?: string;
  /** A title the source names itself (a leading h1, a page title); used when the user gives none. */
  foundTitle?: string;
  originKind: DocumentDraft["originKind"];
  originRef?: string;
}

export interface PlainTextInput extends DraftMeta {
  text: string;
}

/**
 * What every import shares, whatever the format: news structure marked (datelines,
 * credits, related lines), the limits checked, and the title filled in — the user's,
 * else the source's own, else the start of the first sentence.
 */
export function finishDraft(paragraphs: ParagraphDraft[], meta: DraftMeta): DocumentDraft {
  if (paragraphs.length === 0) throw new AppError("emptyText");
  if (paragraphs.length > MAX_PARAGRAPHS) throw new AppError("tooManyParagraphs", { count: paragraphs.length, limit: MAX_PARAGRAPHS });
  const title = meta.title?.trim();
  if (title && title.length > MAX_TITLE_LENGTH) throw new AppError("titleTooLong", { limit: MAX_TITLE_LENGTH });
  const marked = markNewsStructure(paragraphs);
  const found = meta.foundTitle?.trim();
  const firstText = marked.find((p) => p.kind === "body" || p.kind === "title")?.sourceText ?? marked[0].sourceText;
  return {
    title: title || (found && (found.length <= MAX_TITLE_LENGTH ? found : deriveTitle(found))) || deriveTitle(firstText),
    originKind: meta.originKind,
    originRef: meta.originRef,
    paragraphs: marked,
  };
}

/** Plain text → body paragraphs: blank-line blocks, or one paragraph per line. */
export function plainTextParagraphs(text: string): ParagraphDraft[] {
  return splitParagraphs(text).map((sourceText) => ({ kind: "body" as const, sourceText }));
}

/** Plain Indonesian text → a document draft with its news structure marked. */
export function parsePlainText(input: PlainTextInput): DocumentDraft {
  checkTextSize(input.text);
  return finishDraft(plainTextParagraphs(input.text), input);
}
