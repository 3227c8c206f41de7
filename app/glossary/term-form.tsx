"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import type { GlossaryTermView } from "@/lib/db/glossary";
import type { GlossarySyncStatus } from "@/lib/translate/glossary-sync";
import { ErrorMessage } from "../components/error-message";
import type { UploadState } from "../components/upload-form";
import { saveTerm } from "./actions";
import { SyncStatus } from "./sync-status";

/** Adds a term, or edits `term` when given; the answer (refusal or sync status) is announced beside it. */
export function TermForm({ term }: { term?: Pick<GlossaryTermView, "id" | "source" | "target" | "note"> }) {
  const { t } = useTranslation("glossary");
  const [state, action, pending] = useActionState<UploadState<GlossarySyncStatus>, FormData>(saveTerm, {});
  const prefix = term ? `term-${term.id}` : "term-new";
  return (
    <form action={action} className="glossary-form" aria-describedby={state.error ? `${prefix}-error` : undefined}>
      {term ? <input type="hidden" name="id" value={term.id} /> : null}
      <div className="field">
        <label htmlFor={`${prefix}-source`}>{t("field.source")}</label>
        <input id={`${prefix}-source`} name="source" lang="id" required defaultValue={term?.source} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-target`}>{t("field.target")}</label>
        <input id={`${prefix}-target`} name="target" lang="en" required defaultValue={term?.target} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-note`}>{t("field.note")}</label>
        <input id={`${prefix}-note`} name="note" defaultValue={term?.note ?? ""} />
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending}>
          {term ? t("edit.submit") : t("add.submit")}
        </button>
      </div>
      <ErrorMessage id={`${prefix}-error`} error={state.error} />
      <div role="status">{state.result && !pending ? <SyncStatus sync={state.result} /> : null}</div>
    </form>
  );
}
