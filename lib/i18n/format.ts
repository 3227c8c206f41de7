import type { Language } from "./settings";

const LOCALES: Record<Language, string> = { en: "en-US", id: "id-ID" };

export function formatDate(date: Date, lng: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lng], { dateStyle: "medium" }).format(date);
}

/** Date and time of day, for moments such as when a draft was typed or a revision saved. */
export function formatDateTime(date: Date, lng: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lng], { dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function formatNumber(value: number, lng: Language): string {
  return new Intl.NumberFormat(LOCALES[lng]).format(value);
}

export function formatPercent(fraction: number, lng: Language): string {
  return new Intl.NumberFormat(LOCALES[lng], { style: "percent", maximumFractionDigits: 1 }).format(fraction);
}
