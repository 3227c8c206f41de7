/** Pure types shared by every domain module: no I/O, no framework imports. */

export const PARAGRAPH_KINDS = ["title", "heading", "body", "quote", "list-item", "credit", "related"] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export const PARAGRAPH_STATUSES = ["untranslated", "machine", "edited", "reviewed"] as const;
export type ParagraphStatus = (typeof PARAGRAPH_STATUSES)[number];

export const REVISION_ORIGINS = ["human", "machine", "memory", "restore", "import", "seed", "tool"] as const;
export type RevisionOrigin = (typeof REVISION_ORIGINS)[number];

export const TARGET_LANGS = ["en-US", "en-GB"] as const;
export type TargetLang = (typeof TARGET_LANGS)[number];

/** A paragraph as a parser produces it, before it is stored. */
export interface ParagraphDraft {
  kind: ParagraphKind;
  /** Dateline prefix such as "TEMPO.CO, Jakarta - ", kept out of translation. */
  dateline?: string;
  sourceText: string;
  /** Optional English that arrives with the source (sample article, bilingual imports). */
  targetText?: string;
}

export interface DocumentDraft {
  title: string;
  originKind: "paste" | "file" | "url" | "seed";
  originRef?: string;
  targetLang?: TargetLang;
  paragraphs: ParagraphDraft[];
}

/** A stored paragraph as every reader and exporter sees it. */
export interface BilingualParagraph {
  id: number;
  position: number;
  kind: ParagraphKind;
  dateline: string | null;
  sourceText: string;
  targetText: string | null;
  status: ParagraphStatus;
  machineText: string | null;
  /** A fresh machine translation waiting beside a person's English until they choose. */
  candidateText: string | null;
  /** Why the last machine translation of this paragraph failed (an error code), if it did. */
  translationError: string | null;
  sourceStale: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface BilingualDocument {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: TargetLang;
  originKind: string;
  originRef: string | null;
  createdAt: Date;
  updatedAt: Date;
  paragraphs: BilingualParagraph[];
}

export interface DocumentProgress {
  paragraphs: number;
  translated: number;
  reviewed: number;
}
