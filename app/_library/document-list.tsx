import Link from "next/link";
import type { DocumentSummary } from "@/lib/db/documents";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { ProgressMeter } from "../components/progress-meter";

/** Every document with its size and progress, newest first. */
export async function DocumentList({ documents }: { documents: readonly DocumentSummary[] }) {
  const { t, lng } = await getT("library");
  if (documents.length === 0) return <p className="empty-state">{t("empty")}</p>;
  return (
    <ul className="document-list" aria-label={t("title")}>
      {documents.map((d) => (
        <li key={d.id} className="document-card" data-testid="document-card">
          <h2 lang="id">
            <Link href={`/documents/${d.id}`}>{d.title}</Link>
          </h2>
          <p className="meta">
            {t("paragraphCount", { count: d.progress.paragraphs, n: formatNumber(d.progress.paragraphs, lng) })} · {t("columns.added")}{" "}
            {formatDate(d.createdAt, lng)}
          </p>
          <ProgressMeter progress={d.progress} />
        </li>
      ))}
    </ul>
  );
}
