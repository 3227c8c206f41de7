"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { decodeNoticeParam } from "@/lib/import/notice-param";
import type { ImportNotice } from "@/lib/import/parsed-source";
import "./import-notices.css";

const PARAM = "notices";

/**
 * What the import just left out or guessed (images, comments, code, an encoding), read from
 * the `notices` parameter the add-document form redirects with, and shown once in a polite
 * live region: the parameter is then removed from the address, so a reload or a shared
 * link does not show it again.
 */
export function ImportNotices() {
  const { t } = useTranslation("import-notices");
  const [notices, setNotices] = useState<ImportNotice[]>([]);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(PARAM)) return;
    const found = decodeNoticeParam(url.searchParams.get(PARAM));
    url.searchParams.delete(PARAM);
    // Filled a moment after the empty region is in the page: screen readers announce changes, not arrivals.
    const timer = window.setTimeout(() => {
      setNotices(found);
      window.history.replaceState(window.history.state, "", url);
    }, 150);
    return () => window.clearTimeout(timer);
  }, []);

  return (
    <div role="status" className="import-notices">
      {notices.length > 0 ? (
        <>
          <p className="import-notices-heading">{t("heading")}</p>
          <ul>
            {notices.map((notice) => (
              <li key={notice.code}>{t(notice.code, { count: notice.count ?? 0 })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
