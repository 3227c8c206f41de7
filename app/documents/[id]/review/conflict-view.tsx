"use client";

import { useTranslation } from "react-i18next";
import { wordDiff } from "@/lib/review/word-diff";
import { DiffText } from "./diff-text";

/**
 * Shown instead of saving over a newer version: both texts side by side and the words that differ.
 * Nothing is written until the person chooses.
 */
export function ConflictView({
  mine,
  current,
  version,
  onKeepMine,
  onTakeCurrent,
  onMerge,
}: {
  mine: string;
  current: string;
  version: number;
  onKeepMine: () => void;
  onTakeCurrent: () => void;
  onMerge: () => void;
}) {
  const { t } = useTranslation("review");
  return (
    <section className="conflict" aria-labelledby="conflict-title" data-testid="conflict-view">
      <h3 id="conflict-title" role="alert">
        {t("conflict.title")}
      </h3>
      <div className="conflict-texts">
        <div>
          <h4>{t("conflict.yours")}</h4>
          <p className="conflict-text" data-testid="conflict-mine">{mine}</p>
        </div>
        <div>
          <h4>{t("conflict.current", { version })}</h4>
          <p className="conflict-text" data-testid="conflict-current">{current}</p>
        </div>
      </div>
      <h4>{t("conflict.differences")}</h4>
      <p className="conflict-text">
        <DiffText parts={wordDiff(current, mine)} />
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onKeepMine} data-autofocus>
          {t("conflict.keepMine")}
        </button>
        <button type="button" className="button" onClick={onTakeCurrent}>
          {t("conflict.takeCurrent")}
        </button>
        <button type="button" className="button" onClick={onMerge}>
          {t("conflict.mergeByHand")}
        </button>
      </div>
    </section>
  );
}
