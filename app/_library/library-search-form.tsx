import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { MAX_QUERY_LENGTH } from "@/lib/search/find-matches";

/** A plain GET form: searching the library works without JavaScript, and results have an address. */
export async function LibrarySearchForm({ query }: { query: string }) {
  const { t } = await getT("library");
  return (
    <form role="search" action="/" method="get" className="library-search" aria-label={t("search.label")}>
      <label htmlFor="library-search" className="visually-hidden">
        {t("search.label")}
      </label>
      <input id="library-search" type="search" name="q" defaultValue={query} maxLength={MAX_QUERY_LENGTH} placeholder={t("search.placeholder")} />
      <button type="submit" className="button">
        {t("search.submit")}
      </button>
      {query ? <Link href="/">{t("search.showAll")}</Link> : null}
    </form>
  );
}
