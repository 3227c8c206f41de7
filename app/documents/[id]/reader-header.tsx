import Link from "next/link";
import type { DocumentOverview } from "@/lib/db/reader";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { ImportNotices } from "../../components/import-notices";

/** Title and facts about the document; scrolls away, while the toolbar below it stays. */
export async function ReaderHeader({ document }: { document: DocumentOverview }) {
  const { t, lng } = await getT(["reader", "common"]);
  const origin =
    document.originKind === "url" && document.originRef ? (
      <a href={document.originRef} rel="noreferrer noopener" target="_blank">
        {document.originRef}
      </a>
    ) : (
      t(`origin.${document.originKind as "paste" | "file" | "seed"}`, { ref: document.originRef ?? "" })
    );
  return (
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
      <p className="hint">{t("align.hint")}</p>
    </header>
  );
}
