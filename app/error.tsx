"use client";

import { useTranslation } from "react-i18next";

/** Unexpected failures: a generic message and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { t } = useTranslation(["common", "errors"]);
  return (
    <div className="page narrow" role="alert">
      <h1>{t("error.title")}</h1>
      <p>{t("errors:unexpected")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("error.retry")}
      </button>
    </div>
  );
}
