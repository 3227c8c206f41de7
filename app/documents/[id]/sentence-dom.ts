import type { ReadingMode } from "@/lib/reader/preferences";
import type { Side } from "@/lib/search/document-matches";

/** DOM lookups over the server-rendered rows (`.pair` > `.cell.source|.target` > `.text` > `[data-s]`). */

export const SENTENCE = "[data-s]";

export function visibleSides(mode: ReadingMode): Side[] {
  return mode === "source" ? ["source"] : mode === "target" ? ["target"] : ["source", "target"];
}

export function sideOf(element: Element): Side {
  return element.closest(".cell")?.classList.contains("target") ? "target" : "source";
}

export function otherSide(side: Side): Side {
  return side === "source" ? "target" : "source";
}

function sentencesIn(row: Element | null, side: Side): HTMLElement[] {
  return row ? [...row.querySelectorAll<HTMLElement>(`.cell.${side} ${SENTENCE}`)] : [];
}

/** The sentences a sentence is shown against: its pair when the row is aligned by sentence, else the other cell. */
export function counterpartOf(sentence: HTMLElement): { cell: HTMLElement | null; sentence: HTMLElement | null } {
  const row = sentence.closest<HTMLElement>(".pair");
  const side = otherSide(sideOf(sentence));
  const cell = row?.querySelector<HTMLElement>(`.cell.${side}`) ?? null;
  if (row?.dataset.align === "sentence") return { cell: null, sentence: sentencesIn(row, side)[Number(sentence.dataset.s)] ?? null };
  if (row?.dataset.align === "paragraph") return { cell, sentence: null };
  return { cell: null, sentence: null };
}

/** The next (1) or previous (-1) sentence on the same side, crossing into other rows; null at either end. */
export function adjacentSentence(sentence: HTMLElement, direction: 1 | -1): HTMLElement | null {
  const side = sideOf(sentence);
  let row = sentence.closest(".pair");
  const inRow = sentencesIn(row, side);
  const next = inRow[inRow.indexOf(sentence) + direction];
  if (next) return next;
  while ((row = direction === 1 ? row?.nextElementSibling ?? null : row?.previousElementSibling ?? null)) {
    const sentences = sentencesIn(row, side);
    if (sentences.length > 0) return direction === 1 ? sentences[0] : sentences[sentences.length - 1];
  }
  return null;
}

/** The first or last sentence of a side in the whole table. */
export function edgeSentence(table: Element, side: Side, edge: "first" | "last"): HTMLElement | null {
  if (edge === "first") return table.querySelector<HTMLElement>(`.cell.${side} ${SENTENCE}`);
  const all = table.querySelectorAll<HTMLElement>(`.cell.${side} ${SENTENCE}`);
  return all[all.length - 1] ?? null;
}

/** The sentence to move to on the other side: its pair, else the other cell's first sentence. */
export function crossSentence(sentence: HTMLElement): HTMLElement | null {
  const { sentence: pair } = counterpartOf(sentence);
  return pair ?? sentencesIn(sentence.closest(".pair"), otherSide(sideOf(sentence)))[0] ?? null;
}
