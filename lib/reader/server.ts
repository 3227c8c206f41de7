import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { FONT_SCALE_COOKIE, modeFor, MODES_COOKIE, parseFontScale, parseTheme, THEME_COOKIE, type ReadingMode } from "./preferences";

/** The reader's remembered theme and text size, read once per render. */
export const getReaderPreferences = cache(async () => {
  const store = await cookies();
  return { theme: parseTheme(store.get(THEME_COOKIE)?.value), fontScale: parseFontScale(store.get(FONT_SCALE_COOKIE)?.value) };
});

/** The reading mode last chosen for a document, so the page is rendered in it from the first byte. */
export async function getReadingMode(documentId: number): Promise<ReadingMode> {
  return modeFor((await cookies()).get(MODES_COOKIE)?.value, documentId);
}
