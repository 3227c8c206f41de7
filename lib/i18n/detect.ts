import { FALLBACK_LANGUAGE, isLanguage, type Language } from "./settings";

/** Parses an Accept-Language header into primary language tags, best first. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag !== "" && entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag.split("-")[0]);
}

/** The interface language: the cookie first, then Accept-Language, then English. */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | null | undefined): Language {
  if (isLanguage(cookie)) return cookie;
  return acceptedLanguages(acceptLanguage).find(isLanguage) ?? FALLBACK_LANGUAGE;
}
