"use client";

import { useTranslation } from "react-i18next";
import type { GlossarySyncStatus } from "@/lib/translate/glossary-sync";

/** Whether a change reached DeepL's copy of the glossary, in words. */
export function SyncStatus({ sync }: { sync: GlossarySyncStatus }) {
  const { t } = useTranslation(["glossary", "errors"]);
  if (sync.state === "failed") return <p>{t("sync.failed", { reason: t(`errors:${sync.errorCode}` as "errors:unexpected") })}</p>;
  return <p>{t(`sync.${sync.state}`)}</p>;
}
