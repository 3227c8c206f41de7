import { expect, test } from "./fixtures";
import { chooseFile } from "./import-form";

test("a 1,997-paragraph document opens with every row, searchable and printable", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/documents/new");
  await chooseFile(page, "bench/corpus/ntrex/newstest2019-ref.ind.txt");
  await page.getByLabel("Title (optional)").fill("NTREX newstest2019");
  await page.getByRole("button", { name: "Add document" }).click();
  await page.waitForURL(/\/documents\/\d+$/);

  await expect(page.locator("#p-0")).toBeVisible();
  await expect(page.getByRole("region", { name: "Reading controls" })).toContainText("Paragraph 1 of 1,997");
  await expect(page.locator("#p-1996")).toBeAttached({ timeout: 30_000 });
  await expect(page.getByTestId("paragraph-row")).toHaveCount(1997);

  await page.getByRole("searchbox", { name: "Search this document" }).fill("Welsh");
  await expect(page.locator("#reader-search-status")).toHaveText(/^1 of \d{2,}$/);

  await page.locator("#p-1996").scrollIntoViewIfNeeded();
  await expect(page.getByRole("region", { name: "Reading controls" })).toContainText(/Paragraph 1,99\d of 1,997/);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Reading controls" })).toBeHidden();
  expect(await page.locator("#p-1000").evaluate((row) => getComputedStyle(row).contentVisibility)).toBe("visible");
});
