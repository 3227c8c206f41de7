import type { Field } from "./row-dom";

/** Text typed but not saved yet, kept in the browser so a crash, a closed tab or a failed save loses nothing. */
export interface Draft {
  text: string;
  /** The version the draft was typed against. */
  version: number;
  savedAt: number;
}

const PREFIX = "selaras:draft:";

export function draftKey(documentId: number, paragraphId: number, field: Field): string {
  return `${PREFIX}${documentId}:${paragraphId}:${field}`;
}

// Storage can be missing or full (private windows, quotas): drafts are a safety net, never a reason to fail.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string): Draft | null {
  try {
    const raw = storage()?.getItem(key);
    const draft = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    return draft && typeof draft.text === "string" && typeof draft.version === "number" ? (draft as Draft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Nothing better to do than keep the text in the editor, which still holds it.
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Paragraphs of a document with a draft waiting, for the "unsaved drafts" notice after a reload. */
export function listDrafts(documentId: number): { paragraphId: number; field: Field }[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${documentId}:`;
  const found: { paragraphId: number; field: Field }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    const [paragraphId, field] = key.slice(prefix.length).split(":");
    if (field === "source" || field === "target") found.push({ paragraphId: Number(paragraphId), field });
  }
  return found;
}
