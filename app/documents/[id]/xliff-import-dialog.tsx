"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { XliffImportResult } from "@/lib/export/import-xliff";
import { ModalDialog } from "../../components/modal-dialog";
import { UploadForm } from "../../components/upload-form";
import { importXliffFile } from "./exchange-actions";

/** "Import XLIFF…": brings the English of a translated XLIFF 2.0 export back into this document. */
export function XliffImportDialog({ documentId }: { documentId: number }) {
  const { t } = useTranslation("export");
  const [open, setOpen] = useState(false);
  const describe = (result: XliffImportResult) => (
    <>
      <p>{t("import.result", { updated: result.updated, unchanged: result.unchanged, empty: result.empty, skipped: result.skipped.length })}</p>
      {result.skipped.length > 0 ? (
        <ul>
          {result.skipped.map((skip) => (
            <li key={skip.unitId}>{t(`import.skip.${skip.reason}`, { unit: skip.unitId })}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("import.open")}
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t("import.title")} closeLabel={t("close")}>
        <p className="hint">{t("import.intro")}</p>
        <UploadForm
          id="xliff-import"
          action={importXliffFile.bind(null, documentId)}
          fileLabel={(limit) => t("import.file", { limit })}
          accept=".xlf,.xliff,application/xliff+xml"
          submitLabel={t("import.submit")}
          pendingLabel={t("import.submitting")}
          describeResult={describe}
        />
      </ModalDialog>
    </>
  );
}
