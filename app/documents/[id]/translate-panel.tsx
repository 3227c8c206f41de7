import { db } from "@/lib/db/client";
import { getDocumentTargetLang } from "@/lib/db/document-target";
import { getT } from "@/lib/i18n/server";
import { deeplConfigFromEnv } from "@/lib/translate/config";
import { getTranslationProgress } from "@/lib/translate/job-control";
import { toJobStatus } from "./job-status";
import { TranslateControls } from "./translate-controls";
import "./translate.css";

/**
 * The reader's machine-translation controls in the toolbar. Without a DeepL key they are replaced by the one
 * sentence that says how to set it; with one, the client controls start from the job stored in the database,
 * so a reload shows a running job's progress.
 */
export async function TranslatePanel({ documentId }: { documentId: number }) {
  if (!deeplConfigFromEnv()) {
    const { t, lng } = await getT("errors");
    return (
      <p className="translate-no-key" data-testid="translate-no-key" lang={lng}>
        {t("deeplNoKey")}
      </p>
    );
  }
  const [progress, targetLang] = await Promise.all([getTranslationProgress(db, documentId), getDocumentTargetLang(db, documentId)]);
  return <TranslateControls documentId={documentId} initialJob={progress && toJobStatus(progress)} targetLang={targetLang} />;
}
