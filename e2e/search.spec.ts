import { addBilingualDocument } from "./database";
import { expect, test, uniqueTitle } from "./fixtures";

const highlighted = (page: import("@playwright/test").Page, name: string) =>
  page.evaluate((highlight) => CSS.highlights.get(highlight)?.size ?? 0, name);

test("search in a document finds both languages, highlights and steps through matches", async ({ page }) => {
  const path = await addBilingualDocument(uniqueTitle("Cari"), [
    ["Harga cabai naik.", "Chilli prices rose."],
    ["Pedagang cabai mengeluh.", "Chilli traders complained."],
    ["Tidak ada yang lain.", "Chilli again, nothing else."],
  ]);
  await page.goto(path);
  const box = page.getByRole("searchbox", { name: "Search this document" });
  const status = page.locator("#reader-search-status");
  await box.fill("CABAI");
  await expect(status).toHaveText("1 of 2");
  expect(await highlighted(page, "search")).toBe(2);
  expect(await highlighted(page, "search-current")).toBe(1);

  await box.fill("chilli");
  await expect(status).toHaveText("1 of 3");
  await page.getByRole("button", { name: "Next match" }).click();
  await expect(status).toHaveText("2 of 3");
  await page.getByRole("button", { name: "Previous match" }).click();
  await page.getByRole("button", { name: "Previous match" }).click();
  await expect(status).toHaveText("3 of 3");
  await box.press("Enter");
  await expect(status).toHaveText("1 of 3");
  await box.press("Shift+Enter");
  await expect(status).toHaveText("3 of 3");
  await expect(page).toHaveURL(/\?q=chilli$/);

  await box.fill("ai");
  await expect(status).toHaveText("1 of 6");
  await page.getByRole("radio", { name: "Indonesian only" }).check();
  await expect(status).toHaveText("1 of 4");
  expect(await highlighted(page, "search")).toBe(4);
  await page.getByRole("radio", { name: "Side by side" }).check();
  await expect(status).toHaveText("1 of 6");

  await box.fill("tsunami");
  await expect(status).toHaveText("No matches");
  expect(await highlighted(page, "search")).toBe(0);
  await expect(page.getByRole("button", { name: "Next match" })).toBeDisabled();
});

test("the library searches titles and text and opens the document on the search", async ({ page }) => {
  const title = uniqueTitle("Cabai rawit");
  await addBilingualDocument(title, [["Harga bawang merah stabil.", "Shallot prices held steady."]]);
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search the library" }).fill("shallot");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/\?q=shallot$/);
  const hit = page.getByTestId("search-hit").filter({ hasText: title });
  await expect(hit).toContainText("1 matching paragraph");
  await expect(hit.locator("mark")).toHaveText("Shallot");

  await page.goto(`/?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("search-hit")).toHaveCount(1);
  await expect(page.getByTestId("search-hit")).toContainText("Title matches");

  await page.goto("/?q=shallot");
  await page.getByTestId("search-hit").filter({ hasText: title }).getByRole("link").click();
  await expect(page.getByRole("searchbox", { name: "Search this document" })).toHaveValue("shallot");
  await expect(page.locator("#reader-search-status")).toHaveText("1 of 1");

  await page.goto("/?q=tidak-ada-sama-sekali");
  await expect(page.getByRole("heading", { name: "No document matches “tidak-ada-sama-sekali”." })).toBeVisible();
  await page.getByRole("link", { name: "Show all documents" }).click();
  await expect(page.getByTestId("document-card").first()).toBeVisible();
});
