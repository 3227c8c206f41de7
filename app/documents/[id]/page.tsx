import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { progressOf } from "@/lib/bilingual/progress";
import { db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { ImportNotices } from "../../components/import-notices";
import { ProgressMeter } from "../../components/progress-meter";
import { DocumentExchange } from "./document-exchange";
import { ParagraphRow } from "./paragraph-row";

export const dynamic = "force-dynamic";

async function loadDocument(idParam: string) {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const document = await getBilingualDocument(db, id);
  if (!document) notFound();
  return document;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const document = await getBilingualDocument(db, Number((await params).id) || 0);
  return { title: document?.title };
}

export default async function ReaderPage({ params }: { params: Promise<{ id: string }> }) {
  const document = await loadDocument((await params).id);
  const { t, lng } = await getT(["reader", "common"]);
  const progress = progressOf(document.paragraphs.map((p) => p.status));
  const origin =
    document.originKind === "url" && document.originRef ? (
      <a href={document.originRef} rel="noreferrer noopener" target="_blank">
        {document.originRef}
      </a>
    ) : (
      t(`origin.${document.originKind as "paste" | "file" | "seed"}`, { ref: document.originRef ?? "" })
    );

  return (
    <article className="reader" lang="id">
      <header className="reader-header" lang={lng}>
        <p className="crumbs">
          <Link href="/">{t("backToLibrary")}</Link>
        </p>
        <h1 lang="id">{document.title}</h1>
        <p className="meta">
          {origin} · {t("languages", { source: t("common:lang.id"), target: t(`common:lang.${document.targetLang}`) })} ·{" "}
          {t("added", { date: formatDate(document.createdAt, lng) })}
        </p>
        <ImportNotices />
        <ProgressMeter progress={progress} />
        <DocumentExchange documentId={document.id} />
      </header>
      <div className="bilingual" role="table" aria-label={document.title}>
        <div className="bilingual-head" role="row" lang={lng}>
          <span role="columnheader">{t("columns.source")}</span>
          <span role="columnheader">{t("columns.target")}</span>
        </div>
        {document.paragraphs.map((paragraph) => (
          <ParagraphRow key={paragraph.id} paragraph={paragraph} />
        ))}
      </div>
    </article>
  );
}
