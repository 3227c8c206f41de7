import type { ParagraphDraft } from "@/lib/bilingual/types";

// A news outlet as it appears in a dateline: a domain-like brand ("TEMPO.CO", "KOMPAS.com",
// "Liputan6.com") or an agency, bare or in parentheses ("(ANTARA)").
const AGENCY = String.raw`(?:ANTARA(?: ?NEWS)?|Antara|AFP|AP|REUTERS|Reuters|XINHUA|Xinhua|BERNAMA|Bernama)`;
const BRAND = String.raw`(?:[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]{2,3}){1,2})`;
const OUTLET = String.raw`(?:${BRAND}|\(${AGENCY}\)|${AGENCY})`;
const PLACE = String.raw`(?:\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,3})`;
const SEPARATOR = String.raw`\s*(?:[-–—]\s+|:\s+)`;

const DATELINE = new RegExp(
  String.raw`^(?:${OUTLET}(?:,\s*${PLACE})?|${PLACE}(?:,\s*|\s+)${OUTLET})${SEPARATOR}`,
  "u",
);

/**
 * The dateline that opens a news paragraph ("TEMPO.CO, Jakarta - ", "Jakarta (ANTARA) - "),
 * exactly as written including its separator, or null. Some text must follow it.
 */
export function detectDateline(paragraph: string): string | null {
  const match = DATELINE.exec(paragraph);
  if (!match || match[0].length >= paragraph.length) return null;
  return match[0];
}

const CREDIT = new RegExp(String.raw`^\(?(?:${AGENCY}|AP|BBC|CNN|KYODO|Kyodo|YONHAP|Yonhap)(?:\s*[/|,]\s*(?:${AGENCY}|BBC|CNN))*\)?\.?$`, "u");

// Editors' initials closing an article on detik-style sites: "(asp/imk)".
const EDITOR_INITIALS = /^\((?:[a-z]{2,4}\/)+[a-z]{2,4}\)$/;

/** A lone credit line: an agency ("REUTERS", "ANTARA/AFP") or editors' initials ("(asp/imk)"). */
export function isCreditLine(paragraph: string): boolean {
  const line = paragraph.trim();
  return CREDIT.test(line) || EDITOR_INITIALS.test(line);
}

const RELATED = /^(?:pilihan editor|baca juga|baca pula|simak juga|lihat juga|artikel terkait|berita terkait)\s*:/i;

/** A related-link line such as "Pilihan Editor: …" or "Baca juga: …". */
export function isRelatedLine(paragraph: string): boolean {
  return RELATED.test(paragraph.trim());
}

// Web pages can put a photo caption or a date before the first paragraph of the story.
const DATELINE_CANDIDATES = 3;

/**
 * Marks news structure on parsed paragraphs: credit and related lines get their
 * kind, and the dateline opening one of the first body paragraphs is split off so
 * it is shown but never translated. Kinds a parser already knew (headings, quotes…) are kept.
 */
export function markNewsStructure(drafts: readonly ParagraphDraft[]): ParagraphDraft[] {
  let candidates = drafts.some((draft) => draft.dateline) ? 0 : DATELINE_CANDIDATES;
  return drafts.map((draft) => {
    if (draft.kind !== "body") return draft;
    if (isCreditLine(draft.sourceText)) return { ...draft, kind: "credit" };
    if (isRelatedLine(draft.sourceText)) return { ...draft, kind: "related" };
    if (candidates === 0) return draft;
    candidates--;
    const dateline = detectDateline(draft.sourceText);
    if (dateline) candidates = 0;
    return dateline ? { ...draft, dateline, sourceText: draft.sourceText.slice(dateline.length) } : draft;
  });
}
