"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import type { GlossarySyncStatus } from "@/lib/translate/glossary-sync";
import { ErrorMessage } from "../components/error-message";
import type { UploadState } from "../components/upload-form";
import { deleteTerm } from "./actions";

export function DeleteTermButton({ id, source }: { id: number; source: string }) {
  const { t } = useTranslation("glossary");
  const [state, action, pending] = useActionState<UploadState<GlossarySyncStatus>, FormData>(deleteTerm, {});
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button" disabled={pending} aria-label={t("delete.label", { term: source })}>
        {t("delete.submit")}
      </button>
      <ErrorMessage id={`term-${id}-delete-error`} error={state.error} />
    </form>
  );
}
