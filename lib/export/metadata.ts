import { percent, progressOf } from "@/lib/bilingual/progress";
import type { BilingualDocument } from "@/lib/bilingual/types";

const TARGET_NAMES: Record<string, string> = { "en-US": "English (US)", "en-GB": "English (UK)" };

/** YYYY-MM-DD in UTC, so an export made at the same instant reads the same on every server. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The line under the title: where the text came from, the languages, the export date and the review progress. */
export function metadataLine(document: BilingualDocument, exportedAt: Date): string {
  const progress = progressOf(document.paragraphs.map((p) => p.status));
  return [
    `Source: ${document.originRef ?? document.originKind}`,
    `Indonesian → ${TARGET_NAMES[document.targetLang] ?? document.targetLang}`,
    `Exported ${isoDate(exportedAt)}`,
    `${progress.reviewed} of ${progress.paragraphs} paragraphs reviewed (${percent(progress.reviewed, progress.paragraphs)}%)`,
  ].join(" · ");
}
