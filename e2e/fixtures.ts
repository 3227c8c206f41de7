import { test as base, expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

/** A unique, recognisable title per test so tests never depend on each other's data. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export async function addPastedDocument(page: Page, text: string, title?: string): Promise<string> {
  await page.goto("/documents/new");
  await page.getByLabel("Indonesian text").fill(text);
  if (title) await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Add document" }).click();
  await page.waitForURL(/\/documents\/\d+$/);
  return page.url();
}

/** How many documents the library lists (it opens the library). */
export async function documentCount(page: Page): Promise<number> {
  await page.goto("/");
  return page.getByTestId("document-card").count();
}

/**
 * `page.goto` and `page.reload` return once the page is interactive (app/components/interactive-mark.tsx), so no
 * test clicks or types into markup whose handlers are not attached yet.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const thenInteractive =
      <Args extends unknown[], R>(navigate: (...args: Args) => Promise<R>) =>
      async (...args: Args): Promise<R> => {
        const response = await navigate(...args);
        await page.locator("html[data-interactive]").waitFor({ state: "attached" });
        return response;
      };
    page.goto = thenInteractive(page.goto.bind(page));
    page.reload = thenInteractive(page.reload.bind(page));
    await provide(page);
  },
});
export { expect };
