"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ParagraphWarnings } from "@/lib/review/check-quality";
import { ModalDialog } from "../../../components/modal-dialog";
import { useWarningText } from "./approve";
import { documentWarnings } from "./review-actions";
import { focusRow } from "./row-dom";

/** The document's quality warnings, checked when opened, each paragraph a link to its row. */
export function QualityDialog({ documentId }: { documentId: number }) {
  const { t } = useTranslation("review");
  const warningText = useWarningText();
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<ParagraphWarnings[] | null>(null);

  async function show() {
    setOpen(true);
    setList(null);
    const found = await documentWarnings(documentId);
    setList(Array.isArray(found) ? found : []);
  }

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => void show()}>
        {t("qa.open")}
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t("qa.title")} closeLabel={t("close")}>
        {list === null ? <p role="status">{t("loading")}</p> : null}
        {list?.length === 0 ? <p role="status">{t("qa.none")}</p> : null}
        <ul className="quality-list">
          {list?.map((entry) => (
            <li key={entry.paragraphId}>
              <a
                href={`#p-${entry.position}`}
                onClick={(event) => {
                  event.preventDefault();
                  setOpen(false);
                  const row = document.getElementById(`p-${entry.position}`);
                  // After the dialog has given focus back to its opener.
                  if (row) requestAnimationFrame(() => focusRow(row));
                }}
              >
                {t("qa.paragraph", { n: entry.position + 1 })}
              </a>
              <ul>
                {entry.warnings.map((warning, index) => (
                  <li key={index}>{warningText(warning)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </ModalDialog>
    </>
  );
}
