import type { ReactNode } from "react";
import type { BilingualParagraph } from "@/lib/bilingual/types";
import type { ReadingSentence } from "@/lib/reader/align-sentences";
import type { QaWarning } from "@/lib/review/qa/qa-warning";
import { QaFlag } from "./review/qa-flag";
import { StaleFlag } from "./review/stale-flag";
import type { RowLabels } from "./row-labels";
import { RowTranslateTools } from "./row-translate-tools";
import { SentenceText } from "./sentence-text";

/**
 * The English side of a row: its sentences (or a placeholder) and the paragraph's status in words.
 * Static server markup; in-place editing wraps or extends this cell and mounts an editor only for the
 * row being edited, keeping `.text` as the element that holds the stored English.
 */
export function EnglishCell({
  paragraph,
  sentences,
  dateMark,
  warnings,
  labels,
}: {
  paragraph: BilingualParagraph;
  sentences: readonly ReadingSentence[];
  dateMark: ReactNode;
  warnings: readonly QaWarning[];
  labels: RowLabels;
}) {
  const status = labels.status[paragraph.status];
  return (
    <div className="cell target" role="cell" lang={labels.targetLang}>
      {sentences.length > 0 ? (
        <>
          {dateMark}
          <SentenceText sentences={sentences} />
        </>
      ) : (
        <span className="placeholder" lang={labels.lng}>
          {labels.noTranslation}
        </span>
      )}
      {paragraph.sourceStale ? <StaleFlag /> : null}
      {warnings.length > 0 ? <QaFlag warnings={warnings} /> : null}
      <span className={`status status-${paragraph.status}`} lang={labels.lng}>
        <span className="visually-hidden">{status.label}</span>
        <span aria-hidden="true">{status.text}</span>
      </span>
      <RowTranslateTools paragraph={paragraph} labels={labels} />
    </div>
  );
}
