"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorPayload } from "@/lib/errors/app-error";
import { useLanguage } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { DocumentMatch } from "@/lib/search/document-matches";
import { normaliseQuery } from "@/lib/search/find-matches";
import { useReader } from "./reader-root";
import { paintHighlight, rangeOf } from "./search-ranges";
import { visibleSides } from "./sentence-dom";

export interface SearchResult {
  matches: DocumentMatch[];
  truncated: boolean;
}

/**
 * Search in both languages of this document: the database finds the paragraphs, highlights mark the matches.
 * A query in the address (`?q=`, from the library's search) arrives already searched by the server.
 */
export function DocumentSearch({ initialQuery, initialResult }: { initialQuery: string; initialResult: SearchResult | null }) {
  const { t } = useTranslation(["reader", "errors"]);
  const lng = useLanguage();
  const { documentId, mode, tableRef } = useReader();
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState<SearchResult | null>(initialResult);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [current, setCurrent] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<AbortController>(undefined);

  const search = async (raw: string) => {
    inFlight.current?.abort();
    const q = normaliseQuery(raw);
    const url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
    if (!q) return setResult(null);
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const response = await fetch(`/documents/${documentId}/search?q=${encodeURIComponent(q)}`, { signal: controller.signal });
      const body = (await response.json()) as SearchResult & { error?: ErrorPayload };
      setError(body.error ?? null);
      setResult(body.error ? null : body);
      setCurrent(0);
    } catch {
      if (!controller.signal.aborted) setError({ code: "unexpected", params: {} });
    }
  };

  const visible = useMemo(() => {
    const sides = visibleSides(mode);
    return (result?.matches ?? []).filter((match) => sides.includes(match.side));
  }, [result, mode]);
  const index = Math.min(current, Math.max(0, visible.length - 1));

  // Rows may still be streaming in: paint what is there and again as more rows arrive.
  useEffect(() => {
    const table = tableRef.current;
    const paint = () => {
      const ranges = visible.map(rangeOf);
      paintHighlight("search", ranges.filter((range) => range !== null));
      return ranges.every((range) => range !== null);
    };
    const observer = new MutationObserver(() => paint() && observer.disconnect());
    if (!paint() && table) observer.observe(table, { childList: true });
    return () => {
      observer.disconnect();
      paintHighlight("search", []);
    };
  }, [visible, tableRef]);

  useEffect(() => {
    const range = visible[index] ? rangeOf(visible[index]) : null;
    paintHighlight("search-current", range ? [range] : [], 1);
    range?.startContainer.parentElement?.scrollIntoView({ block: "center" });
    return () => paintHighlight("search-current", []);
  }, [visible, index]);

  const go = (step: 1 | -1) => visible.length > 0 && setCurrent((index + step + visible.length) % visible.length);
  const status = !result
    ? ""
    : visible.length === 0
      ? t("search.none")
      : t(result.truncated ? "search.positionMore" : "search.position", {
          current: formatNumber(index + 1, lng),
          total: formatNumber(visible.length, lng),
        });

  return (
    <div className="document-search" role="search" aria-label={t("search.label")}>
      <input
        type="search"
        id="reader-search"
        value={query}
        placeholder={t("search.placeholder")}
        aria-label={t("search.label")}
        aria-describedby="reader-search-status"
        onChange={(event) => {
          setQuery(event.target.value);
          clearTimeout(timer.current);
          const value = event.target.value;
          timer.current = setTimeout(() => void search(value), 200);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            go(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <button type="button" className="icon-button" aria-label={t("search.previous")} disabled={visible.length === 0} onClick={() => go(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-button" aria-label={t("search.next")} disabled={visible.length === 0} onClick={() => go(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <span id="reader-search-status" className="search-status" role="status">
        {error ? t(`errors:${error.code}` as "errors:unexpected", { ...error.params, defaultValue: t("errors:unexpected") }) : status}
      </span>
    </div>
  );
}
