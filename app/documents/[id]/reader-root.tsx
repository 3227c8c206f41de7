"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { cookieString, MODES_COOKIE, readCookie, withMode, type ReadingMode } from "@/lib/reader/preferences";

interface ReaderState {
  documentId: number;
  mode: ReadingMode;
  setMode: (mode: ReadingMode) => void;
  /** The element holding every paragraph row: the one place the reader's client code looks for text. */
  tableRef: RefObject<HTMLDivElement | null>;
}

const ReaderContext = createContext<ReaderState | null>(null);

export function useReader(): ReaderState {
  const state = useContext(ReaderContext);
  if (!state) throw new Error("useReader outside ReaderRoot");
  return state;
}

/**
 * The reader's article. Modes are pure CSS on `data-mode`: switching never re-renders the rows,
 * and the choice is written to a cookie so the server renders the same mode next time.
 */
export function ReaderRoot({ documentId, initialMode, children }: { documentId: number; initialMode: ReadingMode; children: ReactNode }) {
  const [mode, setModeState] = useState(initialMode);
  const tableRef = useRef<HTMLDivElement>(null);
  const setMode = useCallback(
    (next: ReadingMode) => {
      setModeState(next);
      document.cookie = cookieString(MODES_COOKIE, withMode(readCookie(document.cookie, MODES_COOKIE), documentId, next));
    },
    [documentId],
  );
  const state = useMemo(() => ({ documentId, mode, setMode, tableRef }), [documentId, mode, setMode]);
  return (
    <ReaderContext value={state}>
      <article className="reader" data-mode={mode} lang="id">
        {children}
      </article>
    </ReaderContext>
  );
}
