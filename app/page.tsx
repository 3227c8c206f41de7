import Link from "next/link";
import { db } from "@/lib/db/client";
import { listDocuments } from "@/lib/db/documents";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { ProgressMeter } from "./components/progress-meter";

export const dynamic = "force-dynamic";

export default async function LibraryPage() {
  const { t, lng } = await getT(["library", "common"]);
  const documents = await listDocuments(db);
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
      {documents.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <ul className="document-list" aria-label={t("title")}>
          {documents.map((d) => (
            <li key={d.id} className="document-card" data-testid="document-card">
              <h2>
                <Link href={`/documents/${d.id}`}>{d.title}</Link>
              </h2>
              <p className="meta">
                {t("paragraphCount", { count: d.progress.paragraphs })} · {t("columns.added")} {formatDate(d.createdAt, lng)}
              </p>
              <ProgressMeter progress={d.progress} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
