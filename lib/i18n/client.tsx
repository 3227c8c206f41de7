"use client";

import { useMemo, type ReactNode } from "react";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import { createInstance } from "i18next";
import { i18nOptions } from "./instance";
import { FALLBACK_LANGUAGE, isLanguage, type Language } from "./settings";

/** Gives client components the same language and texts the server rendered with. */
export function I18nProvider({ lng, children }: { lng: Language; children: ReactNode }) {
  const instance = useMemo(() => {
    const created = createInstance();
    void created.use(initReactI18next).init(i18nOptions(lng));
    return created;
  }, [lng]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

/** The interface language in client components, for formatting numbers and dates. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
}
