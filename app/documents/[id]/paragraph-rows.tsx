import { Suspense } from "react";
import type { BilingualParagraph } from "@/lib/bilingual/types";
import { db } from "@/lib/db/client";
import { listGlossaryPairs } from "@/lib/db/glossary-pairs";
import { listParagraphs } from "@/lib/db/reader";
import { rowWarnings } from "@/lib/review/check-quality";
import type { GlossaryPair } from "@/lib/review/qa/check-glossary";
import { ParagraphRow } from "./paragraph-row";
import type { RowLabels } from "./row-labels";

/** Rows in the page shell: more than a tall screen holds, so the first paint is a full page of text. */
const FIRST_ROWS = 40;
/** The rest arrive in slices this big, each rendered and streamed on its own. */
const SLICE_ROWS = 150;

/** Resolves after `turns` passes of the event loop, each letting pending I/O (compressed output, requests) through. */
export function laterTurn(turns: number): Promise<void> {
  return new Promise((resolve) => (turns === 0 ? resolve() : setImmediate(() => void laterTurn(turns - 1).then(resolve))));
}

async function RowSlice({ paragraphs, glossary, labels }: { paragraphs: Promise<BilingualParagraph[]>; glossary: Promise<GlossaryPair[]>; labels: RowLabels }) {
  const terms = await glossary;
  return (await paragraphs).map((paragraph) => <ParagraphRow key={paragraph.id} paragraph={paragraph} warnings={rowWarnings(paragraph, terms)} labels={labels} />);
}

/**
 * Every row of a document, streamed: the first rows are part of the shell the server sends at once, the
 * others follow in slices behind Suspense boundaries. Rendering is CPU work and the database answers at once,
 * so the slices are loaded one after the other, a few event-loop turns apart: the shell and each finished
 * slice leave the server (compressed) while the next is rendered, instead of all leaving at the end. A
 * 2,000-paragraph document thus paints as soon as a short one; once streamed, the rows are ordinary markup
 * (find in page, printing and links to a paragraph work as usual).
 */
export function ParagraphRows({ document, labels }: { document: { id: number; sourceLang: string; targetLang: string; total: number }; labels: RowLabels }) {
  const { id: documentId, total } = document;
  // Every row's quality warnings are checked against the glossary of the document's language pair.
  const glossary = listGlossaryPairs(db, document.sourceLang, document.targetLang);
  const slices = [<RowSlice key={0} paragraphs={listParagraphs(db, documentId, 0, FIRST_ROWS)} glossary={glossary} labels={labels} />];
  let previous = laterTurn(3);
  for (let skip = FIRST_ROWS; skip < total; skip += SLICE_ROWS) {
    // The last slice is open-ended so that paragraphs added since the count are not lost.
    const take = skip + SLICE_ROWS >= total ? undefined : SLICE_ROWS;
    const paragraphs = previous.then(() => listParagraphs(db, documentId, skip, take));
    previous = paragraphs.then(() => laterTurn(2));
    slices.push(
      <Suspense key={skip} fallback={null}>
        <RowSlice paragraphs={paragraphs} glossary={glossary} labels={labels} />
      </Suspense>,
    );
  }
  return slices;
}
