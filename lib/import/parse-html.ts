import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ParagraphDraft } from "@/lib/bilingual/types";
import type { ParsedSource } from "./parsed-source";
import { readBlocks } from "./read-blocks";
import { checkHtmlShape } from "./structure-limits";

// Class and id words of page furniture Readability does not know by name: Indonesian ads
// ("iklan"), "Baca juga" boxes, dates, tags and share bars. Matched as whole words of
// class/id values split at spaces, "-" and "_", so "headline" never matches "ad".
const FURNITURE = new Set([
  "ad", "ads", "adsense", "advert", "advertisement", "iklan", "banner", "promo", "sponsor", "sponsored", "gpt", "dfp",
  "baca", "bacajuga", "lihatjg", "linksisip", "terkait", "related", "share", "social", "tag", "tags", "date", "time",
  "breadcrumb", "breadcrumbs", "newsletter", "popup",
]);
// Ad labels left behind when their slot is removed.
const AD_LABEL = /^(?:advertisement|iklan|ads|scroll to continue with content)$/i;

// Readability's work grows faster than the page (and its own element count is slow on
// linkedom): a page larger than this is read whole, which takes linear time.
const READABILITY_MAX_ELEMENTS = 20_000;

// Inside a paragraph, a marked span ("<span class=date>Senin</span>") is part of the sentence.
const TEXT_BLOCK = "p, li, h1, h2, h3, h4, h5, h6, blockquote";

function removeFurniture(document: Document): void {
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const words = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase().split(/[\s_-]+/);
    if (words.some((word) => FURNITURE.has(word)) && !element.parentElement?.closest(TEXT_BLOCK)) element.remove();
  }
}

function clean(text: string | null | undefined): string | undefined {
  const trimmed = text?.replace(/\s+/g, " ").trim();
  return trimmed || undefined;
}

// Readability's title comes from <title>, where a site's suffixes ("Halaman all") can
// survive. The page's own headline is better when the title contains it and it is most
// of the title; a logo in an h1 ("Tempo") is not.
function chooseTitle(headlines: string[], pageTitle: string | undefined): string | undefined {
  if (!pageTitle) return headlines[0];
  return headlines.find((headline) => pageTitle.includes(headline) && headline.length * 2 >= pageTitle.length) ?? pageTitle;
}

/**
 * An HTML page → the article's paragraphs. Page furniture is removed, Readability finds
 * the article (title, byline, body) and the shared block reader turns its body into
 * paragraphs; a page Readability finds no article in, or that is too large for it, is
 * read whole. The title opens the document as a `title` paragraph, the byline follows as
 * a `credit`. "Baca juga" lines that survive stay as paragraphs for the news-structure
 * pass to mark `related`.
 */
export function parseHtml(html: string): ParsedSource {
  const { elements } = checkHtmlShape(html);
  const { document } = parseHTML(html);
  const headlines = Array.from(document.querySelectorAll("h1"), (h1) => clean(h1.textContent)).filter((text): text is string => !!text);
  const pageTitle = clean(document.querySelector("title")?.textContent);
  removeFurniture(document);
  const article = elements <= READABILITY_MAX_ELEMENTS ? new Readability(document, { serializer: (element) => element }).parse() : null;
  let paragraphs = article?.content ? readBlocks(article.content).paragraphs : [];
  if (paragraphs.length === 0) {
    const whole = parseHTML(html).document;
    removeFurniture(whole);
    paragraphs = readBlocks(whole.body ?? whole).paragraphs;
  }
  paragraphs = paragraphs.filter((p) => !AD_LABEL.test(p.sourceText));

  const title = chooseTitle(headlines, clean(article?.title) ?? pageTitle);
  const byline = clean(article?.byline);
  const lead: ParagraphDraft[] = [];
  if (title) lead.push({ kind: "title", sourceText: title });
  if (byline && !paragraphs.some((p) => p.sourceText.includes(byline))) lead.push({ kind: "credit", sourceText: byline });
  // The page's headline may also open the body: keep one title paragraph only.
  const [first, ...rest] = paragraphs;
  if (first && title && first.sourceText === title && (first.kind === "title" || first.kind === "heading")) paragraphs = rest;
  else if (first?.kind === "title" && title) paragraphs = [{ ...first, kind: "heading" }, ...rest];
  return { paragraphs: [...lead, ...paragraphs], title, notices: [] };
}
