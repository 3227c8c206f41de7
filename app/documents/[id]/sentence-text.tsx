import type { ReadingSentence } from "@/lib/reader/align-sentences";

/**
 * A paragraph's text as sentence spans (`data-s` = index within the paragraph). The `.text` element holds
 * exactly the stored text, so offsets into it (search matches) map straight onto its text nodes.
 */
export function SentenceText({ sentences }: { sentences: readonly ReadingSentence[] }) {
  return (
    <span className="text">
      {sentences.flatMap((sentence, index) => {
        const span = (
          <span key={index} data-s={index}>
            {sentence.text}
          </span>
        );
        return sentence.trailing ? [span, sentence.trailing] : [span];
      })}
    </span>
  );
}
