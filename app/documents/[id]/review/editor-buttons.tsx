"use client";

import { useTranslation } from "react-i18next";

export type EditorAction = "history" | "split" | "merge" | "otherField";

/** The editor's actions; splitting needs the stored text, so it waits until edits are saved or cancelled. */
export function EditorButtons({ isTarget, busy, canSplit, onSave, onApprove, onCancel, onAction }: {
  isTarget: boolean;
  busy: boolean;
  canSplit: boolean;
  onSave: () => void;
  onApprove: () => void;
  onCancel: () => void;
  onAction: (action: EditorAction) => void;
}) {
  const { t } = useTranslation("review");
  return (
    <div className="actions">
      <button type="button" className="button primary" disabled={busy} onClick={onSave}>
        {t("editor.save")}
      </button>
      {isTarget ? (
        <button type="button" className="button" disabled={busy} onClick={onApprove}>
          {t("editor.markReviewed")}
        </button>
      ) : null}
      <button type="button" className="button" onClick={onCancel}>
        {t("editor.cancel")}
      </button>
      <button type="button" className="button" onClick={() => onAction("history")}>
        {t("history.title")}
      </button>
      <button type="button" className="button" disabled={busy || !canSplit} onClick={() => onAction("split")}>
        {t("editor.split")}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => onAction("merge")}>
        {t("editor.merge")}
      </button>
      <button type="button" className="button" onClick={() => onAction("otherField")}>
        {t(isTarget ? "editor.editSource" : "editor.editTarget")}
      </button>
    </div>
  );
}
