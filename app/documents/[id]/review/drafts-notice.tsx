"use client";

import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { listDrafts } from "./drafts";
import type { Field } from "./row-dom";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/** After a reload or a crash: the paragraphs with text typed but never saved, each a button to reopen its editor. */
export function DraftsNotice({ documentId, open }: { documentId: number; open: (row: HTMLElement, field: Field) => void }) {
  const { t } = useTranslation("review");
  // A string snapshot stays equal between reads; the server knows of no drafts (they live in the browser).
  const snapshot = useSyncExternalStore(
    subscribe,
    () => listDrafts(documentId).map((d) => `${d.paragraphId}:${d.field}`).join(" "),
    () => "",
  );
  const drafts = snapshot.split(" ").flatMap((entry) => {
    const [paragraphId, field] = entry.split(":") as [string, Field];
    const row = entry ? document.querySelector<HTMLElement>(`.pair[data-id="${paragraphId}"]`) : null;
    return row ? [{ field, row }] : [];
  });
  if (drafts.length === 0) return null;
  return (
    <div className="drafts-notice" role="status">
      <span>{t("draft.pending", { count: drafts.length })}</span>
      {drafts.map(({ field, row }) => (
        <button key={`${row.dataset.id}:${field}`} type="button" className="button" onClick={() => open(row, field)}>
          {t(field === "target" ? "draft.openTarget" : "draft.openSource", { n: Number(row.id.slice(2)) + 1 })}
        </button>
      ))}
    </div>
  );
}
