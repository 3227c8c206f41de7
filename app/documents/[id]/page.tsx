import type { Metadata } from "next";
import { parseRecordId } from "@/lib/bilingual/record-id";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { getDocumentOverview } from "@/lib/db/reader";
import { searchDocument } from "@/lib/db/search";
import { getT } from "@/lib/i18n/server";
import { getReaderPreferences, getReadingMode } from "@/lib/reader/server";
import { parseReviewFilter } from "@/lib/review/review-filter";
import { normaliseQuery } from "@/lib/search/find-matches";
import { AlignedTable } from "./aligned-table";
import { ParagraphRows } from "./paragraph-rows";
import { ReaderHeader } from "./reader-header";
import { ReaderRoot } from "./reader-root";
import { ReaderToolbar } from "./reader-toolbar";
import { rowLabels } from "./row-labels";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string | string[]; filter?: string | string[] }>;
}

/** Once per request for the metadata and the page; an unknown id is the not-found page for both. */
const loadDocument = cache(async (idParam: string) => {
  const id = parseRecordId(idParam);
  if (id === null) notFound();
  const document = await getDocumentOverview(db, id);
  if (!document) notFound();
  return document;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadDocument((await params).id)).title };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const document = await loadDocument((await params).id);
  const { q, filter } = await searchParams;
  const query = normaliseQuery(Array.isArray(q) ? (q[0] ?? "") : (q ?? ""));
  const [{ t, lng }, labels, mode, { fontScale }, searchResult] = await Promise.all([
    getT("reader"),
    rowLabels(document.targetLang),
    getReadingMode(document.id),
    getReaderPreferences(),
    query ? searchDocument(db, document.id, query) : null,
  ]);

  return (
    <ReaderRoot documentId={document.id} initialMode={mode} initialFilter={parseReviewFilter(filter)}>
      <ReaderHeader document={document} />
      <ReaderToolbar
        documentId={document.id}
        progress={document.progress}
        fontScale={fontScale}
        query={query}
        searchResult={searchResult}
      />
      <AlignedTable label={document.title}>
        <div className="bilingual-head" role="row" lang={lng}>
          <span role="columnheader" className="source">
            {t("columns.source")}
          </span>
          <span role="columnheader" className="target">
            {t("columns.target")}
          </span>
        </div>
        <ParagraphRows document={{ id: document.id, sourceLang: document.sourceLang, targetLang: document.targetLang, total: document.progress.paragraphs }} labels={labels} />
      </AlignedTable>
    </ReaderRoot>
  );
}
