"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorPayload } from "@/lib/errors/app-error";
import type { ParagraphSnapshot } from "@/lib/review/paragraph-change";
import type { QaWarning } from "@/lib/review/qa/qa-warning";
import { ErrorMessage } from "../../../components/error-message";
import { useApprove, useWarningText } from "./approve";
import { ConflictView } from "./conflict-view";
import { DraftOffer } from "./draft-offer";
import { EditorButtons, type EditorAction } from "./editor-buttons";
import { draftKey, readDraft, removeDraft, writeDraft, type Draft } from "./drafts";
import { paragraphWarnings, saveParagraphText, type ChangeOutcome } from "./review-actions";
import type { Field } from "./row-dom";

export interface EditTarget {
  row: HTMLElement;
  paragraphId: number;
  position: number;
  field: Field;
  version: number;
  text: string;
}

export type AfterChange = "close" | "next";

/**
 * The one editor, mounted into the row being edited. Every keystroke is also kept as a draft in the
 * browser until a save succeeds; a stale version opens the conflict view instead of overwriting.
 */
export function ParagraphEditor({ documentId, target, onChanged, onCancel, onAction }: {
  documentId: number;
  target: EditTarget;
  onChanged: (paragraph: ParagraphSnapshot, after: AfterChange) => void;
  onCancel: () => void;
  onAction: (action: EditorAction, offset?: number) => void;
}) {
  const { t } = useTranslation("review");
  const key = draftKey(documentId, target.paragraphId, target.field);
  const [text, setText] = useState(target.text);
  const [base, setBase] = useState(target.version);
  // Mounted only in the browser, on request, so local storage can be read while rendering.
  const [offer, setOffer] = useState<Draft | null>(() => {
    const draft = readDraft(key);
    return draft && draft.text !== target.text ? draft : null;
  });
  const [conflict, setConflict] = useState<ParagraphSnapshot | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [warnings, setWarnings] = useState<QaWarning[]>([]);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const isTarget = target.field === "target";
  const approveWith = useApprove();
  const warningText = useWarningText();

  const hasOffer = offer !== null;
  useEffect(() => {
    if (!hasOffer) area.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus once, when the editor opens
  }, []);
  useEffect(() => {
    if (isTarget) void paragraphWarnings(target.paragraphId).then((found) => setWarnings(Array.isArray(found) ? found : []));
  }, [target.paragraphId, isTarget]);

  const fieldText = (p: ParagraphSnapshot) => (isTarget ? (p.targetText ?? "") : p.sourceText);

  async function settle(result: ChangeOutcome | null, after: AfterChange) {
    setBusy(false);
    if (!result) return;
    if ("error" in result) return setError(result.error);
    setError(null);
    if (!result.ok) return setConflict(result.current);
    removeDraft(key);
    onChanged(result.paragraph, after);
  }

  async function save(after: AfterChange, value = text, version = base) {
    setBusy(true);
    await settle(await saveParagraphText({ paragraphId: target.paragraphId, field: target.field, text: value, version }).catch(failed), after);
  }

  async function approve() {
    setBusy(true);
    const changed = text !== target.text || base !== target.version;
    await settle(await approveWith({ paragraphId: target.paragraphId, version: base, text: changed ? text : undefined }).catch(failed), "next");
  }

  function type(value: string) {
    setText(value);
    writeDraft(key, { text: value, version: base, savedAt: Date.now() });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      // An explicit cancel drops the draft; anything else (closing the tab, a crash) keeps it.
      removeDraft(key);
      onCancel();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (event.shiftKey && isTarget) void approve();
      else void save("next");
    }
  }

  if (conflict) {
    return (
      <div className="review-editor">
        <ConflictView
          mine={text}
          current={fieldText(conflict)}
          version={conflict.version}
          onKeepMine={() => {
            setConflict(null);
            setBase(conflict.version);
            void save("close", text, conflict.version);
          }}
          onTakeCurrent={() => {
            removeDraft(key);
            onChanged(conflict, "close");
          }}
          onMerge={() => {
            setConflict(null);
            setBase(conflict.version);
            setReference(fieldText(conflict));
            writeDraft(key, { text, version: conflict.version, savedAt: Date.now() });
            requestAnimationFrame(() => area.current?.focus());
          }}
        />
      </div>
    );
  }

  const label = t(isTarget ? "editor.targetLabel" : "editor.sourceLabel", { n: target.position + 1 });
  return (
    <div className="review-editor" data-testid="review-editor">
      {offer ? (
        <DraftOffer
          draft={offer}
          onRestore={() => {
            // Saved against the version it was typed on: if the paragraph moved on since, the save shows the conflict view.
            setOffer(null);
            setBase(offer.version);
            setText(offer.text);
            area.current?.focus();
          }}
          onDiscard={() => {
            setOffer(null);
            removeDraft(key);
            area.current?.focus();
          }}
        />
      ) : null}
      {reference !== null ? (
        <div className="merge-reference">
          <h3>{t("conflict.current", { version: base })}</h3>
          <p className="conflict-text">{reference}</p>
        </div>
      ) : null}
      <textarea
        ref={area}
        className="review-text"
        aria-label={label}
        aria-describedby="review-editor-keys review-editor-error"
        lang={isTarget ? "en" : "id"}
        value={text}
        readOnly={offer !== null}
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="review-editor-keys" className="hint">
        {t("editor.keys")}
      </p>
      <ErrorMessage id="review-editor-error" error={error} />
      {warnings.length > 0 ? (
        <ul className="qa-warnings" aria-label={t("qa.title")}>
          {warnings.map((warning, index) => (
            <li key={index}>{warningText(warning)}</li>
          ))}
        </ul>
      ) : null}
      <EditorButtons
        isTarget={isTarget}
        busy={busy}
        canSplit={text === target.text}
        onSave={() => void save("next")}
        onApprove={() => void approve()}
        onCancel={() => (removeDraft(key), onCancel())}
        onAction={(action) => onAction(action, area.current?.selectionStart ?? 0)}
      />
    </div>
  );
}

/** A save that never reached the server (offline, server down): the draft stays and the person can retry. */
function failed(): ChangeOutcome {
  return { error: { code: "saveFailed", params: {} } };
}
