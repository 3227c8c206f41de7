"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "@/lib/i18n/settings";
import { setLanguage } from "../actions/language";

export function LanguageSwitch({ current }: { current: Language }) {
  const { t } = useTranslation("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="header-select">
      <span className="visually-hidden">{t("language.label")}</span>
      <select
        value={current}
        disabled={pending}
        onChange={(event) => {
          const lng = event.target.value;
          startTransition(async () => {
            await setLanguage(lng);
            router.refresh();
          });
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
