import { englishLeftovers } from "./english-leftovers";
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

test.describe("in Indonesian", () => {
  test.use({ locale: "id-ID" });

  const pages = [
    { path: "/", heading: "Pustaka" },
    { path: "/?q=Putin", heading: "Pustaka" },
    { path: "/?q=tidak-ada-sama-sekali", heading: "Pustaka" },
    { path: "/documents/new", heading: "Tambah dokumen" },
    { path: "/documents/1", heading: "Kim Jong Un Undang Putin ke Korea Utara" },
    { path: "/documents/1?q=Putin", heading: "Kim Jong Un Undang Putin ke Korea Utara" },
    { path: "/documents/999999", heading: "Tidak ditemukan" },
  ];
  for (const { path, heading } of pages) {
    test(`${path} has no English interface text left`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.locator("html")).toHaveAttribute("lang", "id");
      expect(await englishLeftovers(page)).toEqual([]);
    });
  }

  test("dates and numbers follow Indonesian conventions", async ({ page }) => {
    await page.goto("/documents/1");
    await expect(page.locator(".reader-header .meta")).toContainText(/Ditambahkan \d{1,2} \p{L}{3} \d{4}/u);
    await page.getByRole("button", { name: "Perbesar teks" }).click();
    await expect(page.getByRole("group", { name: "Ukuran teks" }).locator("output")).toHaveText("112,5%");
  });
});

test("the English-leftover check finds English on an English page", async ({ page }) => {
  await page.goto("/documents/1");
  expect(await englishLeftovers(page)).toEqual(expect.arrayContaining(["Library", "Reading mode", "Search this document", "Reviewed"]));
});
