"use client";

import { useTranslation } from "react-i18next";
import type { GlossaryImportResult } from "@/lib/translate/edit-glossary";
import { UploadForm } from "../components/upload-form";
import { importTerms } from "./actions";
import { SyncStatus } from "./sync-status";

function ImportResult({ result }: { result: GlossaryImportResult }) {
  const { t } = useTranslation(["glossary", "errors"]);
  if (result.problems.length > 0) {
    return (
      <div className="glossary-problems">
        <p>{t("import.problems", { count: result.problems.length })}</p>
        <ul>
          {result.problems.map((problem) => (
            <li key={`${problem.line}-${problem.code}`}>
              {t("errors:glossaryImportLine", { line: problem.line, problem: t(`errors:${problem.code}` as "errors:unexpected", problem.params) })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      <p>{t("import.result", { added: result.added, updated: result.updated })}</p>
      {result.sync ? <SyncStatus sync={result.sync} /> : null}
    </>
  );
}

export function GlossaryImportForm() {
  const { t } = useTranslation("glossary");
  return (
    <UploadForm
      id="glossary-import"
      action={importTerms}
      fileLabel={(limit) => t("import.file", { limit })}
      accept=".csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain"
      submitLabel={t("import.submit")}
      pendingLabel={t("import.submitting")}
      describeResult={(result: GlossaryImportResult) => <ImportResult result={result} />}
    />
  );
}
