"use client";

import { useTranslation } from "react-i18next";
import { formatDateTime } from "@/lib/i18n/format";
import { useLanguage } from "@/lib/i18n/client";
import type { Draft } from "./drafts";

/** An unsaved draft found when the editor opens: the person chooses, nothing is restored or thrown away silently. */
export function DraftOffer({ draft, onRestore, onDiscard }: { draft: Draft; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useTranslation("review");
  const lng = useLanguage();
  return (
    <div className="draft-offer" role="status">
      <p>{t("draft.found", { time: formatDateTime(new Date(draft.savedAt), lng) })}</p>
      <p className="conflict-text">{draft.text}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onRestore} autoFocus>
          {t("draft.restore")}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t("draft.discard")}
        </button>
      </div>
    </div>
  );
}
