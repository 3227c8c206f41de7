import { expect, test } from "./fixtures";

test("the interface switches to Indonesian and remembers it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Interface language").selectOption("id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pustaka");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pustaka");
  await page.getByRole("link", { name: "Kim Jong Un Undang Putin ke Korea Utara" }).click();
  await expect(page.getByText("16 dari 16 diterjemahkan")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Bahasa Indonesia" })).toBeVisible();

  await page.getByRole("link", { name: "Tambah dokumen" }).first().click();
  await page.getByRole("button", { name: "Tambah dokumen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tidak ada teks untuk diimpor" })).toBeVisible();
});

test("Accept-Language chooses Indonesian when no choice was made", async ({ browser }) => {
  const context = await browser.newContext({ locale: "id-ID" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pustaka");
  await context.close();
});
