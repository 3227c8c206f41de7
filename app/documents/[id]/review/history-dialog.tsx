"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorPayload } from "@/lib/errors/app-error";
import { formatDateTime } from "@/lib/i18n/format";
import { useLanguage } from "@/lib/i18n/client";
import type { ParagraphSnapshot } from "@/lib/review/paragraph-change";
import { postEditDistance } from "@/lib/review/post-edit-distance";
import { wordDiff } from "@/lib/review/word-diff";
import { ErrorMessage } from "../../../components/error-message";
import { ModalDialog } from "../../../components/modal-dialog";
import { DiffText } from "./diff-text";
import { paragraphHistory, restoreParagraphRevision, type ParagraphHistory } from "./review-actions";

export interface HistoryTarget {
  paragraphId: number;
  position: number;
}

/** Two revisions of the same field to compare by default: the newest and the one before it. */
function defaultPair(history: ParagraphHistory): number[] {
  const newest = history.entries[0];
  return newest ? history.entries.filter((e) => e.field === newest.field).slice(0, 2).map((e) => e.id) : [];
}

/** A paragraph's revisions (both languages), a word diff between any two chosen ones, restore, and machine vs human. */
export function HistoryDialog({ target, onClose, onRestored }: { target: HistoryTarget | null; onClose: () => void; onRestored: (paragraph: ParagraphSnapshot) => void }) {
  const { t } = useTranslation("review");
  const lng = useLanguage();
  const [history, setHistory] = useState<ParagraphHistory | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [error, setError] = useState<ErrorPayload | null>(null);

  function shown(found: ParagraphHistory | { error: ErrorPayload }) {
    if ("error" in found) return setError(found.error);
    setHistory(found);
    setChosen(defaultPair(found));
  }

  // The controller mounts a fresh dialog per paragraph (keyed), so there is no earlier state to clear.
  useEffect(() => {
    if (target) void paragraphHistory(target.paragraphId).then(shown);
  }, [target]);

  async function restore(revisionId: number) {
    if (!history) return;
    const result = await restoreParagraphRevision({ paragraphId: history.paragraph.id, revisionId, version: history.paragraph.version });
    if ("error" in result) return setError(result.error);
    setError(result.ok ? null : { code: "versionConflict", params: { version: String(result.current.version) } });
    if (result.ok) onRestored(result.paragraph);
    shown(await paragraphHistory(history.paragraph.id));
  }

  const pair = history?.entries.filter((e) => chosen.includes(e.id)).reverse() ?? [];
  const { machineText, targetText } = history?.paragraph ?? { machineText: null, targetText: null };
  const distance = postEditDistance(machineText, targetText);
  return (
    <ModalDialog open={target !== null} onClose={onClose} title={t("history.heading", { n: (target?.position ?? 0) + 1 })} closeLabel={t("close")}>
      <ErrorMessage id="history-error" error={error} />
      {!history ? <p role="status">{t("loading")}</p> : null}
      {history && machineText && targetText !== null ? (
        <section className="machine-vs-human" aria-labelledby="machine-vs-human">
          <h3 id="machine-vs-human">
            {t("history.machineVsHuman")}{" "}
            {distance !== null ? (
              <span className="badge" title={t("postEditDistanceHint")} data-testid="post-edit-distance">
                {t("postEditDistance", { percent: distance })}
              </span>
            ) : null}
          </h3>
          <p className="conflict-text" lang="en">
            <DiffText parts={wordDiff(machineText, targetText)} />
          </p>
        </section>
      ) : null}
      {pair.length === 2 ? (
        <section aria-labelledby="history-compare">
          <h3 id="history-compare">{t("history.comparing", { from: pair[0].version, to: pair[1].version })}</h3>
          <p className="conflict-text" data-testid="history-diff">
            <DiffText parts={wordDiff(pair[0].text, pair[1].text)} />
          </p>
        </section>
      ) : null}
      <ol className="history-list">
        {history?.entries.map((entry) => (
          <li key={entry.id} data-testid="revision">
            <label className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(entry.id)}
                onChange={(event) => setChosen((list) => (event.target.checked ? [...list, entry.id].slice(-2) : list.filter((id) => id !== entry.id)))}
              />
              {t("history.entry", {
                version: entry.version,
                field: t(`history.field.${entry.field}`),
                origin: t(`history.origin.${entry.origin as "human"}`),
                time: formatDateTime(new Date(entry.createdAt), lng),
              })}
            </label>
            <p className="revision-text" lang={entry.field === "target" ? "en" : "id"}>
              {entry.text}
            </p>
            <button type="button" className="button" onClick={() => void restore(entry.id)}>
              {t("history.restore")}
              <span className="visually-hidden"> {t("history.version", { version: entry.version })}</span>
            </button>
          </li>
        ))}
      </ol>
    </ModalDialog>
  );
}
