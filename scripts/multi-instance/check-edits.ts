import type { EditLog } from "./edit-loop";

export interface StoredParagraph {
  id: number;
  version: number;
  targetText: string | null;
}

export interface StoredRevision {
  paragraphId: number;
  version: number;
  text: string;
  origin: string;
}

/**
 * What the database holds against what the API acknowledged, as a list of problems (empty when sound): every
 * acknowledged edit has its revision with that version and text; no paragraph has two revisions of one version;
 * each paragraph's text is that of its newest revision; every edit in the history was one a client sent.
 */
export function checkEdits(log: EditLog, paragraphs: readonly StoredParagraph[], revisions: readonly StoredRevision[]): string[] {
  const problems: string[] = [];
  const byParagraph = new Map<number, StoredRevision[]>();
  for (const revision of revisions) byParagraph.set(revision.paragraphId, [...(byParagraph.get(revision.paragraphId) ?? []), revision]);
  for (const edit of log.acked) {
    const found = byParagraph.get(edit.id)?.some((r) => r.version === edit.version && r.text === edit.text);
    if (!found) problems.push(`paragraph ${edit.id}: acknowledged version ${edit.version} is not in its history`);
  }
  for (const paragraph of paragraphs) {
    const history = byParagraph.get(paragraph.id) ?? [];
    if (new Set(history.map((r) => r.version)).size !== history.length) problems.push(`paragraph ${paragraph.id}: two revisions share a version`);
    const newest = history.reduce<StoredRevision | null>((a, b) => (a && a.version > b.version ? a : b), null);
    if (newest && (newest.version !== paragraph.version || newest.text !== paragraph.targetText)) {
      problems.push(`paragraph ${paragraph.id}: its text is not that of its newest revision`);
    }
    for (const revision of history.filter((r) => r.origin === "tool")) {
      if (!log.sent.get(paragraph.id)?.has(revision.text)) problems.push(`paragraph ${paragraph.id}: version ${revision.version} was never sent`);
    }
  }
  return problems;
}
