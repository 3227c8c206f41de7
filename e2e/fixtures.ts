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

export const test = base;
export { expect };
