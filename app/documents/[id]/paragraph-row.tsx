import type { BilingualParagraph } from "@/lib/bilingual/types";
import type { QaWarning } from "@/lib/review/qa/qa-warning";
import { pairSentences, readingSentences } from "@/lib/reader/align-sentences";
import { EnglishCell } from "./english-cell";
import type { RowLabels } from "./row-labels";
import { SentenceText } from "./sentence-text";

/**
 * One aligned pair: Indonesian left, English right. A plain server component with no per-row client code:
 * sentence alignment, search and modes act on this markup from one component for the whole document.
 * `data-align` says how the row's sentences pair up: "sentence", "paragraph" (counts differ) or "none".
 */
export function ParagraphRow({ paragraph, warnings, labels }: { paragraph: BilingualParagraph; warnings: readonly QaWarning[]; labels: RowLabels }) {
  const { kind, status, dateline, position } = paragraph;
  const source = readingSentences(paragraph.sourceText);
  const target = paragraph.targetText ? readingSentences(paragraph.targetText) : [];
  const dateMark = dateline ? <span className="dateline">{dateline.trim().replace(/\s*[-–—:]$/, "")}</span> : null;
  return (
    <div
      className={`pair kind-${kind}`}
      role="row"
      id={`p-${position}`}
      data-testid="paragraph-row"
      data-status={status}
      data-id={paragraph.id}
      data-version={paragraph.version}
      data-stale={paragraph.sourceStale}
      data-align={pairSentences(source, target).by}
    >
      <div className="cell source" role="cell" lang="id">
        {dateMark}
        <SentenceText sentences={source} />
      </div>
      <EnglishCell paragraph={paragraph} sentences={target} dateMark={dateMark} warnings={warnings} labels={labels} />
    </div>
  );
}
