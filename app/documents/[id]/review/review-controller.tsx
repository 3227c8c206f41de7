"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import type { ParagraphSnapshot } from "@/lib/review/paragraph-change";
import { useReader } from "../reader-root";
import { useApprove } from "./approve";
import { DraftsNotice } from "./drafts-notice";
import { HistoryDialog, type HistoryTarget } from "./history-dialog";
import type { EditorAction } from "./editor-buttons";
import { ParagraphEditor, type AfterChange, type EditTarget } from "./paragraph-editor";
import { QualityDialog } from "./quality-dialog";
import { mergeWithNext, splitParagraphAt, type ChangeOutcome } from "./review-actions";
import { ReviewFilterSwitch } from "./review-filter-switch";
import { firstShownRow, focusRow, isTyping, nextParagraphRow, ROW, rowFacts, rowNeedsReview, siblingRow, storedText, type Field } from "./row-dom";
import { ShortcutsDialog } from "./shortcuts-dialog";
import "./review.css";

interface Editing {
  target: EditTarget;
  slot: HTMLElement;
}

/**
 * The reviewer's one client component for the whole document: keys and clicks on rows arrive by
 * delegation, and the editor is mounted (through a portal) only into the row being edited.
 */
export function ReviewController({ documentId }: { documentId: number }) {
  const { t } = useTranslation(["review", "errors"]);
  const router = useRouter();
  const { tableRef } = useReader();
  const approve = useApprove();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [message, setMessage] = useState("");
  const editingRef = useRef<Editing | null>(null);
  const currentRow = useRef<HTMLElement | null>(null);
  // Results the server returned before the refreshed rows arrive, so a quick second edit starts from them.
  const known = useRef(new Map<number, ParagraphSnapshot>());

  const facts = (row: HTMLElement) => {
    const f = rowFacts(row);
    const k = known.current.get(f.paragraphId);
    return k && k.version > f.version ? { ...f, version: k.version, text: (field: Field) => (field === "target" ? (k.targetText ?? "") : k.sourceText) } : { ...f, text: (field: Field) => storedText(row, field) };
  };

  function closeEditor(focus: boolean) {
    const open = editingRef.current;
    if (!open) return;
    delete open.slot.parentElement?.dataset.editing;
    open.slot.remove();
    editingRef.current = null;
    setEditing(null);
    if (focus && open.target.row.isConnected) focusRow(open.target.row);
  }

  function openEditor(row: HTMLElement, field: Field) {
    closeEditor(false);
    const cell = row.querySelector<HTMLElement>(`.cell.${field}`);
    if (!cell) return;
    const f = facts(row);
    const slot = document.createElement("div");
    slot.className = "review-slot";
    cell.append(slot);
    cell.dataset.editing = "";
    currentRow.current = row;
    const next = { target: { row, paragraphId: f.paragraphId, position: f.position, field, version: f.version, text: f.text(field) }, slot };
    editingRef.current = next;
    setEditing(next);
  }

  function changed(paragraph: ParagraphSnapshot, row: HTMLElement, after: AfterChange) {
    report({ ok: true, paragraph });
    const next = after === "next" ? siblingRow(row, 1, rowNeedsReview) : null;
    if (next) openEditor(next, "target");
    else closeEditor(true);
  }

  /** Results of actions taken outside the editor (review from the row, split, merge). */
  function report(result: ChangeOutcome | null) {
    if (!result) return;
    if ("error" in result) return setMessage(t(`errors:${result.error.code}` as "errors:unexpected", result.error.params));
    const paragraph = result.ok ? result.paragraph : result.current;
    known.current.set(paragraph.id, paragraph);
    router.refresh();
    setMessage(result.ok ? t("editor.saved", { n: paragraph.position + 1 }) : t("conflict.reloaded"));
  }

  async function act(action: EditorAction, target: EditTarget, offset = 0) {
    if (action === "history") return setHistory({ paragraphId: target.paragraphId, position: target.position });
    if (action === "otherField") return openEditor(target.row, target.field === "target" ? "source" : "target");
    const version = facts(target.row).version;
    if (action === "split") {
      closeEditor(true);
      return report(await splitParagraphAt({ paragraphId: target.paragraphId, version, side: target.field, offset }));
    }
    const next = nextParagraphRow(target.row);
    if (!next) return setMessage(t("editor.noNext"));
    if (!window.confirm(t("editor.mergeConfirm"))) return;
    closeEditor(true);
    report(await mergeWithNext({ paragraphId: target.paragraphId, version, nextVersion: facts(next).version }));
  }

  // Latest handlers for the listeners below, which are attached once.
  const handlers = useRef({ openEditor, report, facts, approve });
  useEffect(() => {
    handlers.current = { openEditor, report, facts, approve };
  });

  useEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const rowIn = (element: Element | null) => {
      const row = element?.closest<HTMLElement>(ROW);
      return row && table.contains(row) ? row : null;
    };
    function onKey(event: KeyboardEvent) {
      const target = event.target as Element;
      // The editor and dialogs handle their own keys; Enter on a control (a button, a link, a row's warnings) activates that control.
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || isTyping(target) || target.closest?.("dialog, .review-slot")) return;
      const focused = rowIn(document.activeElement);
      const row = focused ?? (currentRow.current?.isConnected ? currentRow.current : null);
      const move = (step: 1 | -1) => {
        const next = row ? siblingRow(row, step) : firstShownRow(table!);
        if (next) focusRow((currentRow.current = next));
      };
      const { openEditor, report, facts, approve } = handlers.current;
      const key = event.altKey ? `Alt+${event.key}` : event.key;
      const actions: Record<string, (() => void) | undefined> = {
        "?": () => setHelpOpen(true),
        j: () => move(1),
        k: () => move(-1),
        "Alt+ArrowDown": () => move(1),
        "Alt+ArrowUp": () => move(-1),
        Enter: focused && !target.closest("a, button, summary") ? () => openEditor(focused, target.closest(".cell.source") ? "source" : "target") : undefined,
        e: row ? () => openEditor(row, "target") : undefined,
        i: row ? () => openEditor(row, "source") : undefined,
        h: row ? () => setHistory({ paragraphId: facts(row).paragraphId, position: facts(row).position }) : undefined,
        r: row ? () => void approve({ paragraphId: facts(row).paragraphId, version: facts(row).version }).then(report) : undefined,
      };
      const action = actions[key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    function onClick(event: MouseEvent) {
      const target = event.target as Element;
      if (target.closest(".review-slot") || !target.closest(".cell.target .text, .cell.target .placeholder")) return;
      if (!window.getSelection()?.isCollapsed) return; // selecting text to copy is not a request to edit
      const row = rowIn(target);
      if (row) handlers.current.openEditor(row, "target");
    }
    document.addEventListener("keydown", onKey);
    table.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      table.removeEventListener("click", onClick);
    };
  }, [tableRef]);

  return (
    <>
      <ReviewFilterSwitch />
      <QualityDialog documentId={documentId} />
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setHelpOpen(true)}>
        {t("help.open")}
      </button>
      <DraftsNotice documentId={documentId} open={(row, field) => openEditor(row, field)} />
      <p className="visually-hidden" role="status">
        {message}
      </p>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <HistoryDialog key={history?.paragraphId} target={history} onClose={() => setHistory(null)} onRestored={(paragraph) => {
          // The editor started from the text the restore replaced.
          closeEditor(false);
          report({ ok: true, paragraph });
        }} />
      {editing
        ? createPortal(
            <ParagraphEditor
              key={`${editing.target.paragraphId}:${editing.target.field}:${editing.target.version}`}
              documentId={documentId}
              target={editing.target}
              onChanged={(paragraph, after) => changed(paragraph, editing.target.row, after)}
              onCancel={() => closeEditor(true)}
              onAction={(action, offset) => void act(action, editing.target, offset)}
            />,
            editing.slot,
          )
        : null}
    </>
  );
}
