import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { ImportForm } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("import");
  return { title: t("title") };
}

export default async function NewDocumentPage() {
  const { t } = await getT("import");
  return (
    <div className="page narrow">
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      <ImportForm />
    </div>
  );
}
