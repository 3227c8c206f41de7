import Link from "next/link";
import type { LibraryHit } from "@/lib/db/search";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { findMatches } from "@/lib/search/find-matches";
import { excerptAround } from "@/lib/search/highlight";
import { HighlightedText } from "../components/highlighted-text";

function Excerpt({ hit, query, label }: { hit: LibraryHit; query: string; label: string }) {
  const paragraph = hit.firstParagraph;
  if (!paragraph) return null;
  const inSource = findMatches(paragraph.sourceText, query).length > 0;
  const text = inSource ? paragraph.sourceText : (paragraph.targetText ?? "");
  const excerpt = excerptAround(text, findMatches(text, query));
  return (
    <p className="excerpt">
      <span className="excerpt-where">{label}</span>{" "}
      <span lang={inSource ? "id" : "en"}>
        <HighlightedText text={excerpt.text} ranges={excerpt.ranges} />
      </span>
    </p>
  );
}

/** Documents matching a library search, each with where it matched and an excerpt; links open the reader on the search. */
export async function SearchResults({ query, hits }: { query: string; hits: readonly LibraryHit[] }) {
  const { t, lng } = await getT("library");
  const n = formatNumber(hits.length, lng);
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="results-heading">
        {hits.length === 0 ? t("search.none", { query }) : t("search.results", { count: hits.length, n, query })}
      </h2>
      <ul className="document-list">
        {hits.map((hit) => (
          <li key={hit.id} className="document-card" data-testid="search-hit">
            <h3 lang="id">
              <Link href={`/documents/${hit.id}?q=${encodeURIComponent(query)}`}>
                <HighlightedText text={hit.title} ranges={findMatches(hit.title, query)} />
              </Link>
            </h3>
            <p className="meta">
              {[
                findMatches(hit.title, query).length > 0 ? t("search.titleMatch") : null,
                hit.paragraphCount > 0 ? t("search.paragraphMatches", { count: hit.paragraphCount, n: formatNumber(hit.paragraphCount, lng) }) : null,
                `${t("columns.added")} ${formatDate(hit.createdAt, lng)}`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <Excerpt hit={hit} query={query} label={t("search.inParagraph", { n: formatNumber((hit.firstParagraph?.position ?? 0) + 1, lng) })} />
          </li>
        ))}
      </ul>
    </section>
  );
}
