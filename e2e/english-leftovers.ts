import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

type Messages = { [key: string]: string | Messages };

const LOCALES = path.join(process.cwd(), "lib/i18n/locales");
const read = (lng: string, file: string): Messages => JSON.parse(fs.readFileSync(path.join(LOCALES, lng, file), "utf8"));

function strings(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : strings(value, `${prefix}${key}.`),
  );
}

/** Words of the English interface that have a different Indonesian text: none should show on an Indonesian page. */
function englishFragments(): string[] {
  const fragments = new Set<string>();
  for (const file of fs.readdirSync(path.join(LOCALES, "en"))) {
    const indonesian = new Map(strings(read("id", file)));
    for (const [key, value] of strings(read("en", file))) {
      const base = key.replace(/_(one|other)$/, "_other");
      if (indonesian.get(key) === value || indonesian.get(base) === value) continue;
      for (const part of value.split(/\{\{[^}]*\}\}/)) {
        const fragment = part.trim();
        if (/\p{L}{4,}/u.test(fragment)) fragments.add(fragment);
      }
    }
  }
  return [...fragments];
}

const FRAGMENTS = englishFragments();

/** English interface text visible on the page, leaving out content marked as English (the translations). */
export async function englishLeftovers(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // The English of the documents themselves (translations, excerpts) is content, not interface;
    // so are the names of the interface languages, each written in its own language.
    const english = '.cell[lang^="en"] .text, .cell[lang^="en"] .dateline, .excerpt [lang^="en"], option[lang]';
    body.querySelectorAll(`${english}, script, style, template, [hidden]`).forEach((element) => element.remove());
    body.querySelectorAll("input[placeholder], textarea[placeholder]").forEach((field) => field.after(` ${field.getAttribute("placeholder")} `));
    body.querySelectorAll("[aria-label]").forEach((element) => element.append(` ${element.getAttribute("aria-label")} `));
    return `${document.title}\n${body.textContent ?? ""}`;
  });
  return FRAGMENTS.filter((fragment) => text.includes(fragment));
}
