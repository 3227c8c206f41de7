"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { cookieString, MODES_COOKIE, readCookie, withMode, type ReadingMode } from "@/lib/reader/preferences";
import type { ReviewFilter } from "@/lib/review/review-filter";

interface ReaderState {
  documentId: number;
  mode: ReadingMode;
  setMode: (mode: ReadingMode) => void;
  /** Which rows show, pure CSS on `data-filter` like the modes; kept in the `filter` query parameter. */
  filter: ReviewFilter;
  setFilter: (filter: ReviewFilter) => void;
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
export function ReaderRoot({
  documentId,
  initialMode,
  initialFilter,
  children,
}: {
  documentId: number;
  initialMode: ReadingMode;
  initialFilter: ReviewFilter;
  children: ReactNode;
}) {
  const [mode, setModeState] = useState(initialMode);
  const [filter, setFilterState] = useState(initialFilter);
  const tableRef = useRef<HTMLDivElement>(null);
  const setMode = useCallback(
    (next: ReadingMode) => {
      setModeState(next);
      document.cookie = cookieString(MODES_COOKIE, withMode(readCookie(document.cookie, MODES_COOKIE), documentId, next));
    },
    [documentId],
  );
  const setFilter = useCallback((next: ReviewFilter) => {
    setFilterState(next);
    const url = new URL(window.location.href);
    if (next === "all") url.searchParams.delete("filter");
    else url.searchParams.set("filter", next);
    window.history.replaceState(window.history.state, "", url);
  }, []);
  const state = useMemo(() => ({ documentId, mode, setMode, filter, setFilter, tableRef }), [documentId, mode, setMode, filter, setFilter]);
  return (
    <ReaderContext value={state}>
      <article className="reader" data-mode={mode} data-filter={filter} lang="id">
        {children}
      </article>
    </ReaderContext>
  );
}
