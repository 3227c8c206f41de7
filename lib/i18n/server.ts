import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import type { Namespace } from "./resources";
import { pickLanguage } from "./detect";
import { i18nFor } from "./instance";
import { LANGUAGE_COOKIE } from "./settings";

/** The request's interface language, read once per render. */
export const getLanguage = cache(async () => {
  const cookieStore = await cookies();
  const headerStore = await headers();
  return pickLanguage(cookieStore.get(LANGUAGE_COOKIE)?.value, headerStore.get("accept-language"));
});

/**
 * A translate function for server components and actions. Keys of the first
 * namespace are used bare; keys of the others with their prefix ("common:status.machine").
 */
export async function getT<const N extends Namespace | readonly Namespace[]>(ns: N) {
  const lng = await getLanguage();
  return { t: i18nFor(lng).getFixedT<N>(lng, ns), lng };
}
