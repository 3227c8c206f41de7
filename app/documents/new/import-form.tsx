"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fileTooLarge, formatBytes, MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { ErrorPayload } from "@/lib/errors/app-error";
import { ErrorMessage } from "../../components/error-message";
import { addDocument, type ImportFormState } from "./actions";
import { FileDropZone } from "./file-drop-zone";
import { IMPORT_SOURCES, type ImportSource } from "./import-source";
import "../../components/exchange.css";
import "./import-form.css";

const ACCEPT = [
  ".docx",
  ".html",
  ".htm",
  ".md",
  ".markdown",
  ".txt",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "text/html",
  "application/xhtml+xml",
  "text/markdown",
  "text/plain",
].join(",");

// Pasted text is never a Word document; a web page is always HTML, so it gets no choice at all.
const FILE_FORMATS = ["txt", "md", "docx", "html"] as const;
const PASTE_FORMATS = FILE_FORMATS.filter((format) => format !== "docx");

export function ImportForm() {
  const { t } = useTranslation("import");
  const [state, formAction, pending] = useActionState<ImportFormState, FormData>(addDocument, {});
  const [source, setSource] = useState<ImportSource>(state.values?.source ?? "paste");
  // A file over the limit is refused before upload, with the same message the server would give.
  const [fileError, setFileError] = useState<ErrorPayload | null>(null);
  const blocking = source === "file" ? fileError : null;
  const error = blocking ?? state.error;

  // Submitted in a transition rather than through the form's own action, which would reset
  // the form: after a refusal every field (and the chosen file) stays as the user left it.
  // Without JavaScript the form still posts to the same action.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // A file chosen before switching to another source is not uploaded for nothing.
    if (source !== "file") data.delete("file");
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={submit} noValidate className="form import-form" aria-describedby={error ? "import-error" : undefined}>
      <fieldset className="choice-group">
        <legend>{t("sourceLegend")}</legend>
        <div className="choice-row">
          {IMPORT_SOURCES.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="source" value={value} checked={source === value} onChange={() => setSource(value)} aria-controls={`source-${value}`} />
              {t(`source.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div id="source-paste" className="field" hidden={source !== "paste"}>
        <label htmlFor="text">{t("textLabel")}</label>
        <textarea id="text" name="text" rows={12} lang="id" placeholder={t("textHint")} defaultValue={state.values?.text} />
      </div>

      <div id="source-file" hidden={source !== "file"}>
        <FileDropZone
          id="file"
          name="file"
          accept={ACCEPT}
          label={t("fileLabel", { limit: formatBytes(MAX_IMPORT_BYTES) })}
          prompt={t("dropZone")}
          activePrompt={t("dropZoneActive")}
          onFileChange={(file) => setFileError(file ? fileTooLarge(file.size, MAX_IMPORT_BYTES) : null)}
        />
      </div>

      <div id="source-url" className="field" hidden={source !== "url"}>
        <label htmlFor="url">{t("urlLabel")}</label>
        <input id="url" name="url" type="url" inputMode="url" autoComplete="url" placeholder="https://" aria-describedby="url-hint" defaultValue={state.values?.url} />
        <p id="url-hint" className="hint">
          {t("urlHint")}
        </p>
      </div>

      <div className="field" hidden={source === "url"}>
        <label htmlFor="format">{t("formatLabel")}</label>
        <select id="format" name="format" aria-describedby="format-hint" defaultValue={state.values?.format ?? ""}>
          <option value="">{t("format.auto")}</option>
          {(source === "paste" ? PASTE_FORMATS : FILE_FORMATS).map((format) => (
            <option key={format} value={format}>
              {t(`format.${format}`)}
            </option>
          ))}
        </select>
        <p id="format-hint" className="hint">
          {t("formatHint")}
        </p>
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
        <button type="submit" className="button primary" disabled={pending || blocking !== null}>
          {pending ? t(source === "url" ? "fetching" : "submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
