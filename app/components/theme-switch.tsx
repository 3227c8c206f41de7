"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { cookieString, THEME_COOKIE, THEMES, type Theme } from "@/lib/reader/preferences";

/** System, light or dark; applied at once and remembered so the server renders the same theme next time. */
export function ThemeSwitch({ current }: { current: Theme }) {
  const { t } = useTranslation("common");
  const [theme, setTheme] = useState(current);
  return (
    <label className="header-select">
      <span className="visually-hidden">{t("theme.label")}</span>
      <select
        value={theme}
        onChange={(event) => {
          const next = event.target.value as Theme;
          setTheme(next);
          document.cookie = cookieString(THEME_COOKIE, next);
          if (next === "system") delete document.documentElement.dataset.theme;
          else document.documentElement.dataset.theme = next;
        }}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
