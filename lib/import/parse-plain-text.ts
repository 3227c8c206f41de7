import type { DocumentDraft, ParagraphDraft } from "@/lib/bilingual/types";
import { AppError } from "@/lib/errors/app-error";
import { markNewsStructure } from "@/lib/segment/news-structure";
import { splitParagraphs } from "@/lib/segment/paragraphs";
import { formatBytes, MAX_IMPORT_BYTES, MAX_PARAGRAPHS, MAX_TITLE_LENGTH } from "./limits";
import { deriveTitle } from "./title";

export interface PlainTextInput {
  text: string;
  title?: string;
  originKind: DocumentDraft["originKind"];
  originRef?: string;
}

/** Checks the limits every import shares and fills in the title. */
export function finishDraft(paragraphs: ParagraphDraft[], input: Omit<PlainTextInput, "text">): DocumentDraft {
  if (paragraphs.length === 0) throw new AppError("emptyText");
  if (paragraphs.length > MAX_PARAGRAPHS) throw new AppError("tooManyParagraphs", { count: paragraphs.length, limit: MAX_PARAGRAPHS });
  const title = input.title?.trim();
  if (title && title.length > MAX_TITLE_LENGTH) throw new AppError("titleTooLong", { limit: MAX_TITLE_LENGTH });
  const firstText = paragraphs.find((p) => p.kind === "body" || p.kind === "title")?.sourceText ?? paragraphs[0].sourceText;
  return {
    title: title || deriveTitle(firstText),
    originKind: input.originKind,
    originRef: input.originRef,
    paragraphs,
  };
}

/** Plain Indonesian text → a document draft with its news structure marked. */
export function parsePlainText(input: PlainTextInput): DocumentDraft {
  const size = new TextEncoder().encode(input.text).byteLength;
  if (size > MAX_IMPORT_BYTES) throw new AppError("textTooLarge", { size: formatBytes(size), limit: formatBytes(MAX_IMPORT_BYTES) }, 413);
  const paragraphs = markNewsStructure(splitParagraphs(input.text).map((sourceText) => ({ kind: "body" as const, sourceText })));
  return finishDraft(paragraphs, input);
}
