"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EXPORT_FORMATS, exportFormat, type ExportFormat } from "@/lib/export/formats";
import type { ExportContent, ExportLayout, UnreviewedEnglish } from "@/lib/export/options";
import { ModalDialog } from "../../components/modal-dialog";
import "../../components/exchange.css";

function Choices<T extends string>({ name, legend, choices, value, onChange, label }: { name: string; legend: string; choices: readonly T[]; value: T; onChange: (value: T) => void; label: (choice: T) => string }) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-row">
        {choices.map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            {label(choice)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * "Export…" and its dialog: a format, the options that format honours, and Download — a plain GET form to the
 * export route, so the browser saves the file itself. Options a format ignores are not offered (nor sent).
 */
export function ExportDialog({ documentId }: { documentId: number }) {
  const { t } = useTranslation("export");
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>("docx");
  const [layout, setLayout] = useState<ExportLayout>("table");
  const [content, setContent] = useState<ExportContent>("all");
  const [unreviewed, setUnreviewed] = useState<UnreviewedEnglish>("mark");
  const chosen = exportFormat(format);

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("open")}
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t("title")} closeLabel={t("close")}>
        <p className="hint">{t("intro")}</p>
        <form method="get" action={`/documents/${documentId}/export`} className="form">
          <fieldset className="choice-group">
            <legend>{t("format.legend")}</legend>
            {EXPORT_FORMATS.map(({ id }) => (
              <label key={id} className="choice">
                <input
                  type="radio"
                  name="format"
                  value={id}
                  checked={format === id}
                  onChange={() => setFormat(id)}
                  aria-describedby="export-format-hint"
                  data-autofocus={format === id ? true : undefined}
                />
                {t(`format.${id}`)}
              </label>
            ))}
            <p id="export-format-hint" className="hint format-hint">
              {t(`formatHint.${format}`)}
            </p>
          </fieldset>
          {chosen.layout ? (
            <Choices name="layout" legend={t("layout.legend")} choices={["table", "interleaved"] as const} value={layout} onChange={setLayout} label={(c) => t(`layout.${c}`)} />
          ) : null}
          <Choices name="content" legend={t("content.legend")} choices={["all", "reviewed-only"] as const} value={content} onChange={setContent} label={(c) => t(`content.${c}`)} />
          {chosen.marksUnreviewed && content === "reviewed-only" ? (
            <Choices name="unreviewed" legend={t("unreviewed.legend")} choices={["mark", "omit"] as const} value={unreviewed} onChange={setUnreviewed} label={(c) => t(`unreviewed.${c}`)} />
          ) : null}
          <div className="actions">
            <button type="submit" className="button primary">
              {t("download")}
            </button>
          </div>
        </form>
      </ModalDialog>
    </>
  );
}
