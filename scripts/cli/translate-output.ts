import type { TranslationProgress } from "@/lib/translate/job-control";
import type { TranslationPreview } from "@/lib/translate/preview-translation";

const number = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, word: string) => `${number(n)} ${word}${n === 1 ? "" : "s"}`;

/** One line of progress; on a terminal it is redrawn in place, otherwise printed as it changes. */
export function progressLine(progress: TranslationProgress, barWidth = 24): string {
  const filled = Math.round((progress.percent / 100) * barWidth);
  const bar = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]`;
  const handled = progress.done + progress.failed;
  return `${bar} ${String(progress.percent).padStart(3)}%  ${handled}/${progress.total} paragraphs · ${number(progress.billedCharacters)} characters billed · ${progress.fromMemory} from memory`;
}

/** The summary the command prints when the job has ended. */
export function summaryLines(progress: TranslationProgress): string {
  const byDeepL = progress.done - progress.fromMemory;
  return [
    `Document ${progress.documentId}, job ${progress.id}: ${progress.state}`,
    `  paragraphs translated: ${number(byDeepL)} · from memory: ${number(progress.fromMemory)} · failed: ${number(progress.failed)}`,
    `  characters billed: ${number(progress.billedCharacters)} · requests sent: ${number(progress.requests)}`,
  ].join("\n") + "\n";
}

export function summaryJson(progress: TranslationProgress) {
  return {
    jobId: progress.id,
    documentId: progress.documentId,
    state: progress.state,
    paragraphs: progress.total,
    translated: progress.done - progress.fromMemory,
    fromMemory: progress.fromMemory,
    failed: progress.failed,
    billedCharacters: progress.billedCharacters,
    requests: progress.requests,
    errorCode: progress.errorCode,
  };
}

export function previewLines(preview: TranslationPreview): string {
  const lines = [
    `Document ${preview.documentId}: ${plural(preview.paragraphs, "paragraph")} without English`,
    `  from memory: ${number(preview.fromMemory)} · copied as they are: ${number(preview.verbatim)} · to send to DeepL: ${number(preview.toSend)}`,
    `  characters to bill: ${number(preview.charactersToBill)} in ${plural(preview.requests, "request")}`,
  ];
  if (preview.quota) {
    const { characterCount, characterLimit, remaining } = preview.quota;
    lines.push(`  DeepL quota: ${number(characterCount)} of ${number(characterLimit)} characters used, ${number(remaining)} remaining`);
    if (preview.charactersToBill > remaining) lines.push("  This translation would exceed the remaining quota; it will pause when the quota runs out.");
  }
  return `${lines.join("\n")}\n`;
}
