import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("common");
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const { t } = await getT("common");
  return (
    <div className="page narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href="/">{t("notFound.back")}</Link>
      </p>
    </div>
  );
}
