"use client";

import { useActionState, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatBytes, MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { ErrorPayload } from "@/lib/errors/app-error";
import { ErrorMessage } from "../../components/error-message";
import { addDocument, type ImportFormState } from "./actions";

export function ImportForm() {
  const { t } = useTranslation("import");
  const [state, formAction, pending] = useActionState<ImportFormState, FormData>(addDocument, {});
  // A file over the limit is refused before upload, with the same message the server would give.
  const [fileError, setFileError] = useState<ErrorPayload | null>(null);
  const error = fileError ?? state.error;

  return (
    <form action={formAction} className="form" aria-describedby={error ? "import-error" : undefined}>
      <div className="field">
        <label htmlFor="text">{t("textLabel")}</label>
        <textarea id="text" name="text" rows={12} lang="id" placeholder={t("textHint")} defaultValue={state.values?.text} />
      </div>
      <div className="field">
        <label htmlFor="file">{t("fileLabel", { limit: formatBytes(MAX_IMPORT_BYTES) })}</label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".txt,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            setFileError(
              file && file.size > MAX_IMPORT_BYTES
                ? { code: "fileTooLarge", params: { size: formatBytes(file.size), limit: formatBytes(MAX_IMPORT_BYTES) } }
                : null,
            );
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="title">{t("titleLabel")}</label>
        <input id="title" name="title" type="text" aria-describedby="title-hint" defaultValue={state.values?.title} />
        <p id="title-hint" className="hint">
          {t("titleHint")}
        </p>
      </div>
      <ErrorMessage id="import-error" error={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending || fileError !== null}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
