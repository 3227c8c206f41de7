import { Suspense } from "react";
import type { DocumentProgress } from "@/lib/bilingual/types";
import { getT } from "@/lib/i18n/server";
import { ProgressMeter } from "../../components/progress-meter";
import { ReviewController } from "./review/review-controller";
import { ReviewSummary } from "./review/review-summary";
import { DocumentExchange } from "./document-exchange";
import { DocumentSearch, type SearchResult } from "./document-search";
import { FontSizeControl } from "./font-size-control";
import { ReadingModeSwitch } from "./reading-mode-switch";
import { ReadingPosition } from "./reading-position";
import { TranslatePanel } from "./translate-panel";

/**
 * The reader's sticky bar: reading controls on the first line (feature controls such as translating or
 * exporting the document take their place in `.reader-controls`), where the reader is and how far the
 * translation has come on the second.
 */
export async function ReaderToolbar({
  documentId,
  progress,
  fontScale,
  query,
  searchResult,
}: {
  documentId: number;
  progress: DocumentProgress;
  fontScale: number;
  query: string;
  searchResult: SearchResult | null;
}) {
  const { t, lng } = await getT("reader");
  return (
    <section className="reader-bar" aria-label={t("toolbar.label")} lang={lng}>
      <div className="reader-controls">
        <ReadingModeSwitch />
        <FontSizeControl initialScale={fontScale} />
        <DocumentSearch initialQuery={query} initialResult={searchResult} />
        <ReviewController documentId={documentId} />
        <DocumentExchange documentId={documentId} />
        <TranslatePanel documentId={documentId} />
      </div>
      <div className="reader-status">
        <ReadingPosition total={progress.paragraphs} />
        <ProgressMeter progress={progress} />
        <Suspense fallback={null}>
          <ReviewSummary documentId={documentId} />
        </Suspense>
      </div>
    </section>
  );
}
