import { Suspense } from "react";
import { db } from "@/lib/db/client";
import { listParagraphs } from "@/lib/db/reader";
import { ParagraphRow } from "./paragraph-row";
import type { RowLabels } from "./row-labels";

/** Rows in the page shell: more than a tall screen holds, so the first paint is a full page of text. */
const FIRST_ROWS = 40;
/** The rest arrive in slices this big, each rendered and streamed on its own. */
const SLICE_ROWS = 250;

async function RowSlice({ documentId, skip, take, labels }: { documentId: number; skip: number; take?: number; labels: RowLabels }) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const paragraphs = await listParagraphs(db, documentId, skip, take);
  return paragraphs.map((paragraph) => <ParagraphRow key={paragraph.id} paragraph={paragraph} labels={labels} />);
}

/**
 * Every row of a document, streamed: the first rows are part of the shell the server sends at once, the
 * others follow in slices behind Suspense boundaries. A 2,000-paragraph document paints as soon as a short
 * one and stays usable while the rest arrives; once streamed, all rows are ordinary markup (find in page,
 * printing and links to a paragraph work as usual).
 */
export function ParagraphRows({ documentId, total, labels }: { documentId: number; total: number; labels: RowLabels }) {
  const slices = [<RowSlice key={0} documentId={documentId} skip={0} take={FIRST_ROWS} labels={labels} />];
  for (let skip = FIRST_ROWS; skip < total; skip += SLICE_ROWS) {
    // The last slice is open-ended so that paragraphs added since the count are not lost.
    const take = skip + SLICE_ROWS >= total ? undefined : SLICE_ROWS;
    slices.push(
      <Suspense key={skip} fallback={null}>
        <RowSlice documentId={documentId} skip={skip} take={take} labels={labels} />
      </Suspense>,
    );
  }
  return slices;
}
