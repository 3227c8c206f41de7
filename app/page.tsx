import Link from "next/link";
import { db } from "@/lib/db/client";
import { listDocuments } from "@/lib/db/documents";
import { searchLibrary } from "@/lib/db/search";
import { getT } from "@/lib/i18n/server";
import { normaliseQuery } from "@/lib/search/find-matches";
import { DocumentList } from "./_library/document-list";
import { LibrarySearchForm } from "./_library/library-search-form";
import { SearchResults } from "./_library/search-results";

export const dynamic = "force-dynamic";

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { t } = await getT(["library", "common"]);
  const q = (await searchParams).q;
  const query = normaliseQuery(Array.isArray(q) ? (q[0] ?? "") : (q ?? ""));
  return (
    <div className="page">
      <div className="page-heading">
        <div>
          <h1>{t("title")}</h1>
          <p className="lede">{t("intro")}</p>
        </div>
        <Link href="/documents/new" className="button primary">
          {t("common:nav.addDocument")}
        </Link>
      </div>
      <LibrarySearchForm query={query} />
      {query ? <SearchResults query={query} hits={await searchLibrary(db, query)} /> : <DocumentList documents={await listDocuments(db)} />}
    </div>
  );
}
