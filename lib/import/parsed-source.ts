import type { ParagraphDraft } from "@/lib/bilingual/types";

/**
 * Things an import left out or guessed, worth telling the user without refusing the file.
 * Each code is a key in the `import-notices` namespace; `count` picks the plural form.
 */
export const IMPORT_NOTICE_CODES = ["imagesIgnored", "commentsIgnored", "codeBlocksDropped", "decodedAsWindows1252"] as const;
export type ImportNoticeCode = (typeof IMPORT_NOTICE_CODES)[number];

export interface ImportNotice {
  code: ImportNoticeCode;
  count?: number;
}

/** What a format parser hands to the import: paragraphs in reading order, before news structure and limits. */
export interface ParsedSource {
  paragraphs: ParagraphDraft[];
  /** A title the source names itself (a leading h1, a page title), used when the user gives none. */
  title?: string;
  notices: ImportNotice[];
}

/** Notices for what a block reader counted and left out. */
export function countNotices(counts: { images?: number; codeBlocks?: number; comments?: number }): ImportNotice[] {
  const notices: ImportNotice[] = [];
  if (counts.images) notices.push({ code: "imagesIgnored", count: counts.images });
  if (counts.comments) notices.push({ code: "commentsIgnored", count: counts.comments });
  if (counts.codeBlocks) notices.push({ code: "codeBlocksDropped", count: counts.codeBlocks });
  return notices;
}
