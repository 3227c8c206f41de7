import type { ParagraphTexts } from "./split-plan";

function join(a: string, b: string): string {
  return `${a.trimEnd()} ${b.trimStart()}`;
}

/**
 * Joins a paragraph with the next one, each side with a space. English present on one side
 * only is kept as it is; machine output is kept only when both halves have some, because
 * half of it would make the post-edit distance meaningless.
 */
export function planMerge(first: ParagraphTexts, second: ParagraphTexts): ParagraphTexts {
  const targets = [first.targetText, second.targetText].filter((text): text is string => !!text && text.trim() !== "");
  return {
    sourceText: join(first.sourceText, second.sourceText),
    targetText: targets.length === 0 ? null : targets.reduce(join),
    machineText: first.machineText && second.machineText ? join(first.machineText, second.machineText) : null,
  };
}
