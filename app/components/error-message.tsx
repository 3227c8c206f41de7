"use client";

import { useTranslation } from "react-i18next";
import type { ErrorPayload } from "@/lib/errors/app-error";

/** An expected error, in the reader's language; the live region announces it. */
export function ErrorMessage({ id, error }: { id: string; error: ErrorPayload | null | undefined }) {
  const { t } = useTranslation("errors");
  return (
    <div id={id} className="error-message" role="alert" aria-live="assertive">
      {error ? t(error.code as "unexpected", { ...error.params, defaultValue: t("unexpected") }) : null}
    </div>
  );
}
