"use client";

import { useTranslation } from "react-i18next";
import { TARGET_LANGS } from "@/lib/bilingual/types";
import type { MemoryImportCounts } from "@/lib/db/memory";
import { UploadForm } from "../components/upload-form";
import { importTmxFile } from "./actions";

export function TmxImportForm() {
  const { t } = useTranslation(["memory", "common"]);
  return (
    <UploadForm
      id="tmx-import"
      action={importTmxFile}
      fileLabel={(limit) => t("import.file", { limit })}
      accept=".tmx,application/x-tmx+xml,text/xml"
      submitLabel={t("import.submit")}
      pendingLabel={t("import.submitting")}
      describeResult={(r: MemoryImportCounts) => <p>{t("import.result", { ...r, imported: r.added + r.updated })}</p>}
    >
      <div className="field">
        <label htmlFor="tmx-plain-english">{t("import.plainEnglish")}</label>
        <select id="tmx-plain-english" name="plainEnglish" defaultValue="en-US">
          {TARGET_LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {t(`common:lang.${lang}`)}
            </option>
          ))}
        </select>
      </div>
    </UploadForm>
  );
}
