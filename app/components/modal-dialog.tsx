"use client";

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import "./modal-dialog.css";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What Tab visits, in order: visible controls, and of each radio group only its checked radio (or its first). */
function tabbable(root: HTMLElement): HTMLElement[] {
  const radioSeen = new Set<string>();
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => {
    if (element.getClientRects().length === 0) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== "radio") return true;
    const group = root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`);
    const chosen = Array.from(group).find((radio) => radio.checked) ?? group[0];
    if (element !== chosen || radioSeen.has(element.name)) return false;
    radioSeen.add(element.name);
    return true;
  });
}

/**
 * A modal dialog on the native <dialog> with showModal(): the page behind is inert, Esc closes it, and it is named
 * by its heading. Focus starts on the element marked data-autofocus (else the first control), Tab and Shift+Tab
 * wrap inside it, and closing returns focus to whatever opened it.
 */
export function ModalDialog({ open, onClose, title, closeLabel, children }: { open: boolean; onClose: () => void; title: string; closeLabel: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      (dialog.querySelector<HTMLElement>("[data-autofocus]") ?? tabbable(dialog)[0])?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Tab" || !ref.current) return;
    const controls = tabbable(ref.current);
    const first = controls[0];
    const last = controls[controls.length - 1];
    const wrapTo = event.shiftKey ? (document.activeElement === first || !ref.current.contains(document.activeElement) ? last : null) : document.activeElement === last ? first : null;
    if (wrapTo) {
      event.preventDefault();
      wrapTo.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onKeyDown={trapTab}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      // A click on the backdrop lands on the <dialog> itself; clicks inside land on its content.
      onClick={(event) => {
        if (event.target === event.currentTarget) ref.current?.close();
      }}
    >
      <div className="modal-body">
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="modal-close" aria-label={closeLabel} onClick={() => ref.current?.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
