"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLanguage, LANGUAGE_COOKIE } from "@/lib/i18n/settings";

/** Remembers the interface language for a year. */
export async function setLanguage(lng: string): Promise<void> {
  if (!isLanguage(lng)) return;
  (await cookies()).set(LANGUAGE_COOKIE, lng, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  revalidatePath("/", "layout");
}
