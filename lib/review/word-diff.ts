import { diffWords } from "diff";

export type DiffPartKind = "same" | "added" | "removed";

/** One run of a word-level diff, ready to render: removed text struck out, added text marked. */
export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

/** Word-level differences from `before` to `after`; joining the "same" and "added" parts gives `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}
