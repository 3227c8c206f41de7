import { diffWords } from "diff";
import type { BilingualParagraph } from "@/lib/bilingual/types";
import type { RowLabels } from "./row-labels";

/**
 * A row's machine-translation controls as plain server markup: Retry for a failed paragraph, Re-translate
 * for one with English, and a waiting candidate beside the person's English with a word diff and the choice.
 * One client component for the whole page (RowTranslateActions) handles the clicks through the data-* attributes.
 */
export function RowTranslateTools({ paragraph, labels }: { paragraph: BilingualParagraph; labels: RowLabels }) {
  const text = labels.translate;
  if (!text) return null;
  const { id, version, status, targetText, candidateText, translationError } = paragraph;
  const human = status === "edited" || status === "reviewed";
  return (
    <div className="row-translate" lang={labels.lng}>
      {translationError && status === "untranslated" ? (
        <p className="row-translate-failed">
          {text.failed}{" "}
          <button type="button" className="link-button" data-translate-row="retry" data-paragraph={id}>
            {text.retry}
          </button>
        </p>
      ) : null}
      {candidateText !== null && human ? (
        <div className="candidate" data-testid="candidate">
          <p className="candidate-heading">{text.candidate}</p>
          <p className="candidate-diff" lang={labels.targetLang}>
            {diffWords(targetText ?? "", candidateText).map((part, index) =>
              part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
            )}
          </p>
          <button type="button" className="button" data-translate-row="accept" data-paragraph={id} data-version={version}>
            {text.accept}
          </button>{" "}
          <button type="button" className="button" data-translate-row="keep" data-paragraph={id}>
            {text.keep}
          </button>
        </div>
      ) : targetText !== null ? (
        <button type="button" className="link-button" data-translate-row="retranslate" data-paragraph={id} data-human={human ? "1" : undefined}>
          {text.retranslate}
        </button>
      ) : null}
    </div>
  );
}
