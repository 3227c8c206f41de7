import { createInstance, type i18n } from "i18next";
import { resources, NAMESPACES } from "./resources";
import { FALLBACK_LANGUAGE, type Language } from "./settings";

/** Options shared by the server and the browser so both render identical text. */
export function i18nOptions(lng: Language) {
  return {
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    resources,
    ns: NAMESPACES,
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: false,
  } as const;
}

const instances = new Map<Language, i18n>();

/** One initialised i18next instance per language, created on first use. */
export function i18nFor(lng: Language): i18n {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createInstance();
    void instance.init(i18nOptions(lng));
    instances.set(lng, instance);
  }
  return instance;
}
