/**
 * Reading preferences kept in cookies so the server renders the page as the reader left it,
 * with no flash of the wrong theme, size or mode. Pure: parsing and serialising only.
 */

export const READING_MODES = ["side-by-side", "interleaved", "source", "target"] as const;
export type ReadingMode = (typeof READING_MODES)[number];
export const DEFAULT_MODE: ReadingMode = "side-by-side";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** Reading text sizes as a factor of the base size; the control steps through them. */
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75] as const;
export const DEFAULT_FONT_SCALE = 1;

export const MODES_COOKIE = "selaras-modes";
export const THEME_COOKIE = "selaras-theme";
export const FONT_SCALE_COOKIE = "selaras-font-scale";

/** Modes remembered for this many documents, the most recently changed first. */
export const MAX_REMEMBERED_MODES = 100;

export function isReadingMode(value: unknown): value is ReadingMode {
  return typeof value === "string" && (READING_MODES as readonly string[]).includes(value);
}

export function parseTheme(value: string | undefined | null): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}

export function parseFontScale(value: string | undefined | null): number {
  const scale = Number(value);
  return (FONT_SCALES as readonly number[]).includes(scale) ? scale : DEFAULT_FONT_SCALE;
}

/** The next size up (+1) or down (-1), staying within the steps. */
export function stepFontScale(current: number, direction: 1 | -1): number {
  const index = FONT_SCALES.indexOf(parseFontScale(String(current)) as (typeof FONT_SCALES)[number]);
  return FONT_SCALES[Math.min(FONT_SCALES.length - 1, Math.max(0, index + direction))];
}

/** "12:interleaved/5:source" → Map { 12 → interleaved, 5 → source }; malformed entries are skipped. */
export function parseModes(value: string | undefined | null): Map<number, ReadingMode> {
  const modes = new Map<number, ReadingMode>();
  for (const entry of (value ?? "").split("/")) {
    const [id, mode] = entry.split(":");
    const documentId = Number(id);
    if (Number.isSafeInteger(documentId) && documentId > 0 && isReadingMode(mode) && !modes.has(documentId)) modes.set(documentId, mode);
  }
  return modes;
}

export function modeFor(value: string | undefined | null, documentId: number): ReadingMode {
  return parseModes(value).get(documentId) ?? DEFAULT_MODE;
}

/** The cookie value after choosing `mode` for a document: newest first, the default not stored, capped. */
export function withMode(value: string | undefined | null, documentId: number, mode: ReadingMode): string {
  const modes = [...parseModes(value)].filter(([id]) => id !== documentId);
  if (mode !== DEFAULT_MODE) modes.unshift([documentId, mode]);
  return modes
    .slice(0, MAX_REMEMBERED_MODES)
    .map(([id, m]) => `${id}:${m}`)
    .join("/");
}

/** A cookie readable by the server on every page, kept for a year. */
export function cookieString(name: string, value: string): string {
  return `${name}=${value}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`;
}

/** Reads one cookie out of a `document.cookie` string. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
