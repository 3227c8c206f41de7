import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { listGlossaryTerms } from "@/lib/db/glossary";
import { getT } from "@/lib/i18n/server";
import { deeplConfigFromEnv } from "@/lib/translate/config";
import { DeleteTermButton } from "./delete-term-button";
import { GlossaryImportForm } from "./import-form";
import { TermForm } from "./term-form";
import "../components/exchange.css";
import "./glossary.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("glossary");
  return { title: t("title") };
}

export default async function GlossaryPage() {
  const { t } = await getT("glossary");
  const terms = await listGlossaryTerms(db);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <p className="glossary-sync" data-testid="glossary-sync">
        {deeplConfigFromEnv() ? t("sync.withKey") : t("sync.withoutKey")}
      </p>

      <section className="memory-section" aria-labelledby="glossary-add-heading">
        <h2 id="glossary-add-heading">{t("add.heading")}</h2>
        <TermForm />
      </section>

      <section className="memory-section" aria-labelledby="glossary-terms-heading">
        <h2 id="glossary-terms-heading">{t("terms.heading", { count: terms.length })}</h2>
        {terms.length === 0 ? (
          <p className="empty-state">{t("terms.empty")}</p>
        ) : (
          <table className="memory-table glossary-table" aria-labelledby="glossary-terms-heading">
            <thead>
              <tr>
                <th scope="col">{t("field.source")}</th>
                <th scope="col">{t("field.target")}</th>
                <th scope="col">{t("field.note")}</th>
                <th scope="col" className="narrow-column">
                  {t("terms.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.id} data-testid="glossary-term">
                  <td lang="id">{term.source}</td>
                  <td lang="en">{term.target}</td>
                  <td>{term.note}</td>
                  <td className="glossary-actions">
                    <details>
                      <summary aria-label={t("edit.label", { term: term.source })}>{t("edit.summary")}</summary>
                      <TermForm term={term} />
                    </details>
                    <DeleteTermButton id={term.id} source={term.source} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="memory-section" aria-labelledby="glossary-import-heading">
        <h2 id="glossary-import-heading">{t("import.heading")}</h2>
        <p className="hint">{t("import.hint")}</p>
        <GlossaryImportForm />
      </section>
    </div>
  );
}
