/** The reader's rows as the review controller finds them: plain DOM, so rows carry no client code. */
export type Field = "source" | "target";

export const ROW = ".pair";

export interface RowFacts {
  paragraphId: number;
  position: number;
  version: number;
  status: string;
  stale: boolean;
}

export function rowFacts(row: HTMLElement): RowFacts {
  return {
    paragraphId: Number(row.dataset.id),
    position: Number(row.id.slice(2)),
    version: Number(row.dataset.version),
    status: row.dataset.status ?? "untranslated",
    stale: row.dataset.stale === "true",
  };
}

/** The stored text of one side: `.text` holds it exactly; an untranslated English has none. */
export function storedText(row: HTMLElement, field: Field): string {
  return row.querySelector(`.cell.${field} .text`)?.textContent ?? "";
}

/** Mirrors lib/review needsReview on the row's attributes. */
export function rowNeedsReview(row: HTMLElement): boolean {
  const { status, stale } = rowFacts(row);
  return status === "machine" || status === "edited" || (status === "reviewed" && stale);
}

function isShown(row: HTMLElement): boolean {
  return row.getClientRects().length > 0;
}

/** The next shown row after (step 1) or before (step -1) `row` that passes `accept`. */
export function siblingRow(row: HTMLElement, step: 1 | -1, accept: (row: HTMLElement) => boolean = () => true): HTMLElement | null {
  let element = step === 1 ? row.nextElementSibling : row.previousElementSibling;
  while (element) {
    if (element instanceof HTMLElement && element.matches(ROW) && isShown(element) && accept(element)) return element;
    element = step === 1 ? element.nextElementSibling : element.previousElementSibling;
  }
  return null;
}

export function firstShownRow(table: HTMLElement): HTMLElement | null {
  return Array.from(table.querySelectorAll<HTMLElement>(ROW)).find(isShown) ?? null;
}

/** The row right after `row` in reading order, shown or not (a merge always takes the real next paragraph). */
export function nextParagraphRow(row: HTMLElement): HTMLElement | null {
  let element = row.nextElementSibling;
  while (element && !(element instanceof HTMLElement && element.matches(ROW))) element = element.nextElementSibling;
  return element as HTMLElement | null;
}

/** True while the person types, so single-letter shortcuts stay letters. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches("input, textarea, select"));
}

export function focusRow(row: HTMLElement): void {
  row.tabIndex = -1;
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: "nearest" });
}
