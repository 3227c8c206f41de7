import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { countMemoryEntries, listRecentMemoryEntries } from "@/lib/db/memory";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { TmxImportForm } from "./tmx-import-form";
import "../components/exchange.css";

export const dynamic = "force-dynamic";

const RECENT = 50;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("memory");
  return { title: t("title") };
}

export default async function MemoryPage() {
  const { t, lng } = await getT("memory");
  const [count, recent] = await Promise.all([countMemoryEntries(db), listRecentMemoryEntries(db, RECENT)]);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <p className="memory-count" data-testid="memory-count" data-count={count}>
        {t("count", { count })}
      </p>

      <section className="memory-section" aria-labelledby="tmx-import-heading">
        <h2 id="tmx-import-heading">{t("import.heading")}</h2>
        <p className="hint">{t("import.hint")}</p>
        <TmxImportForm />
      </section>

      <section className="memory-section" aria-labelledby="memory-recent-heading">
        <h2 id="memory-recent-heading">{t("recent.heading")}</h2>
        {recent.length === 0 ? (
          <p className="empty-state">{t("recent.empty")}</p>
        ) : (
          <table className="memory-table" aria-labelledby="memory-recent-heading">
            <thead>
              <tr>
                <th scope="col">{t("recent.source")}</th>
                <th scope="col">{t("recent.target")}</th>
                <th scope="col" className="narrow-column">
                  {t("recent.origin")}
                </th>
                <th scope="col" className="narrow-column">
                  {t("recent.updated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {recent.map((entry) => (
                <tr key={entry.id} data-testid="memory-entry">
                  <td lang={entry.sourceLang}>{entry.sourceText}</td>
                  <td lang={entry.targetLang}>{entry.targetText}</td>
                  <td>{t(`origin.${entry.origin}`)}</td>
                  <td>{formatDate(entry.updatedAt, lng)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
