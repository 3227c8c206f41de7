import { Fragment } from "react";
import type { ReadingSentence } from "@/lib/reader/align-sentences";

/**
 * A paragraph's text as sentence spans (`data-s` = index within the paragraph). The `.text` element holds
 * exactly the stored text, so offsets into it (search matches) map straight onto its text nodes.
 */
export function SentenceText({ sentences }: { sentences: readonly ReadingSentence[] }) {
  return (
    <span className="text">
      {sentences.map((sentence, index) => (
        <Fragment key={index}>
          <span data-s={index}>{sentence.text}</span>
          {sentence.trailing}
        </Fragment>
      ))}
    </span>
  );
}
