"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "@/lib/i18n/client";
import { useReader } from "./reader-root";
import { adjacentSentence, counterpartOf, crossSentence, edgeSentence, SENTENCE, sideOf, visibleSides } from "./sentence-dom";

const NOTE_ID = "align-note";

/**
 * The rows' table and the one client component behind sentence alignment: hover, focus and arrow keys are
 * handled here by delegation for the whole document (no client code per row or sentence). One sentence at
 * a time is the tab stop (a roving tabindex), so the text adds a single stop to the tab order.
 */
export function AlignedTable({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation("reader");
  const lng = useLanguage();
  const { mode, tableRef } = useReader();
  const marked = useRef<Element[]>([]);
  const [note, setNote] = useState<{ top: number; text: string } | null>(null);

  const clear = () => {
    for (const element of marked.current) element.classList.remove("is-active", "is-paired");
    marked.current = [];
    setNote(null);
  };

  const show = (sentence: HTMLElement) => {
    clear();
    // With one language shown there is nothing to align with.
    const { cell, sentence: pair } = visibleSides(mode).length === 2 ? counterpartOf(sentence) : { cell: null, sentence: null };
    sentence.classList.add("is-active");
    const paired = pair ?? cell;
    paired?.classList.add("is-paired");
    marked.current = paired ? [sentence, paired] : [sentence];
    const row = sentence.closest<HTMLElement>(".pair");
    if (cell && row) {
      const count = (side: string) => row.querySelectorAll(`.cell.${side} ${SENTENCE}`).length;
      setNote({ top: row.offsetTop, text: t("align.paragraph", { source: count("source"), target: count("target") }) });
      sentence.setAttribute("aria-describedby", NOTE_ID);
    }
  };

  const moveTo = (next: HTMLElement | null) => {
    if (!next) return;
    tableRef.current?.querySelectorAll(`${SENTENCE}[tabindex]`).forEach((element) => element.removeAttribute("tabindex"));
    next.tabIndex = 0;
    next.focus();
  };

  // Keep the single tab stop on a sentence the current mode shows.
  useEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const sides = visibleSides(mode);
    const stop = table.querySelector<HTMLElement>(`${SENTENCE}[tabindex]`);
    if (stop && sides.includes(sideOf(stop))) return;
    const next = (stop && crossSentence(stop)) ?? edgeSentence(table, sides[0], "first");
    stop?.removeAttribute("tabindex");
    if (next) next.tabIndex = 0;
  }, [mode, tableRef]);

  const onKeyDown = (event: KeyboardEvent) => {
    const sentence = (event.target as Element).closest<HTMLElement>(SENTENCE);
    if (!sentence || event.altKey || event.ctrlKey || event.metaKey || !tableRef.current) return;
    const side = sideOf(sentence);
    const bothShown = visibleSides(mode).length === 2;
    const moves: Record<string, () => HTMLElement | null> = {
      ArrowDown: () => adjacentSentence(sentence, 1),
      ArrowUp: () => adjacentSentence(sentence, -1),
      ArrowRight: () => (bothShown && side === "source" ? crossSentence(sentence) : null),
      ArrowLeft: () => (bothShown && side === "target" ? crossSentence(sentence) : null),
      Home: () => edgeSentence(tableRef.current!, side, "first"),
      End: () => edgeSentence(tableRef.current!, side, "last"),
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    moveTo(moves[event.key]());
  };

  const fromEvent = (target: EventTarget) => (target as Element).closest?.<HTMLElement>(SENTENCE) ?? null;

  return (
    <div
      className="aligned"
      onPointerOver={(event) => {
        const sentence = fromEvent(event.target);
        if (sentence && !sentence.classList.contains("is-active")) show(sentence);
      }}
      onPointerLeave={() => {
        const focused = fromEvent(document.activeElement ?? document.body);
        if (focused && tableRef.current?.contains(focused)) show(focused);
        else clear();
      }}
      onFocus={(event) => {
        const sentence = fromEvent(event.target);
        if (sentence) show(sentence);
      }}
      onBlur={(event) => {
        if (fromEvent(event.target)) clear();
        (event.target as Element).removeAttribute?.("aria-describedby");
      }}
      onKeyDown={onKeyDown}
    >
      <div className="bilingual" role="table" aria-label={label} ref={tableRef}>
        {children}
      </div>
      <p id={NOTE_ID} className="align-note" lang={lng} hidden={!note} style={note ? { top: note.top } : undefined}>
        {note?.text}
      </p>
    </div>
  );
}
