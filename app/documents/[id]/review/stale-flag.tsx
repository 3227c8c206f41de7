import { getT } from "@/lib/i18n/server";

/** Said in words on a row whose Indonesian was corrected after its English was written (rare, so translated per row). */
export async function StaleFlag() {
  const { t, lng } = await getT("review");
  return (
    <span className="stale-flag" lang={lng}>
      {t("stale")}
    </span>
  );
}
