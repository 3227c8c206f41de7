"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { percent } from "@/lib/bilingual/progress";
import { useReader } from "./reader-root";

/** "Paragraph 12 of 1,997": the row just under the sticky bar, updated at most once per frame while scrolling. */
export function ReadingPosition({ total }: { total: number }) {
  const { t } = useTranslation("reader");
  const lng = useLanguage();
  const { tableRef } = useReader();
  const ref = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(Math.min(1, total));

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const table = tableRef.current?.getBoundingClientRect();
      const bar = ref.current?.closest(".reader-bar")?.getBoundingClientRect();
      if (!table || !bar) return;
      const y = Math.max(bar.bottom + 4, table.top + 1);
      const row = document.elementFromPoint(table.left + table.width / 2, y)?.closest<HTMLElement>(".pair");
      if (row) setCurrent(Number(row.id.slice(2)) + 1);
      else if (y > table.bottom) setCurrent(total);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [tableRef, total]);

  return (
    <div className="reading-position" ref={ref}>
      <span>{t("position", { current: formatNumber(current, lng), total: formatNumber(total, lng) })}</span>
      <span className="reading-bar" aria-hidden="true">
        <span style={{ width: `${percent(current, total)}%` }} />
      </span>
    </div>
  );
}
