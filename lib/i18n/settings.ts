export const LANGUAGES = ["en", "id"] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = "en";
export const LANGUAGE_COOKIE = "selaras-lang";

export function isLanguage(value: string | undefined | null): value is Language {
  return !!value && (LANGUAGES as readonly string[]).includes(value);
}
