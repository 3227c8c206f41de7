import { addPastedDocument, expect, test, uniqueTitle } from "./fixtures";

test("the library lists the sample article with its progress", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Library", level: 1 })).toBeVisible();
  const card = page.getByTestId("document-card").filter({ hasText: "Kim Jong Un Undang Putin ke Korea Utara" });
  await expect(card).toContainText("16 paragraphs");
  await expect(card).toContainText("16 of 16 translated");
  await expect(card).toContainText("16 reviewed");
  await expect(page.getByRole("link", { name: "Add document" }).first()).toBeVisible();
});

test("the sample opens as 16 aligned rows of Indonesian and English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Kim Jong Un Undang Putin ke Korea Utara" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kim Jong Un Undang Putin ke Korea Utara");
  const rows = page.getByTestId("paragraph-row");
  await expect(rows).toHaveCount(16);

  const first = rows.first();
  await expect(first.locator(".source")).toContainText("Pemimpin Korea Utara Kim Jong Un");
  await expect(first.locator(".target")).toContainText("North Korean leader Kim Jong Un");
  await expect(first.locator(".source .dateline")).toHaveText("TEMPO.CO, Jakarta");
  await expect(first).toContainText("Reviewed");
  await expect(rows.nth(14)).toHaveClass(/kind-credit/);
  await expect(rows.nth(15)).toHaveClass(/kind-related/);

  // Aligned: each English cell starts on the same line as its Indonesian cell.
  for (const index of [0, 7, 15]) {
    const source = await rows.nth(index).locator(".source").boundingBox();
    const target = await rows.nth(index).locator(".target").boundingBox();
    expect(Math.abs((source?.y ?? 0) - (target?.y ?? 1))).toBeLessThan(2);
    expect(target!.x).toBeGreaterThan(source!.x + source!.width);
  }
});

test("on a narrow screen the English stacks under the Indonesian", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/documents/1");
  const row = page.getByTestId("paragraph-row").first();
  const source = await row.locator(".source").boundingBox();
  const target = await row.locator(".target").boundingBox();
  expect(target!.y).toBeGreaterThan(source!.y + source!.height - 1);
});

test("a pasted document is added, listed and opened with placeholders", async ({ page }) => {
  const title = uniqueTitle("Harga cabai");
  await addPastedDocument(page, "Jakarta (ANTARA) - Harga cabai naik tajam.\n\nPedagang mengeluh.\n\nANTARA", title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const rows = page.getByTestId("paragraph-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.first().locator(".dateline").first()).toHaveText("Jakarta (ANTARA)");
  await expect(rows.first().locator(".target")).toContainText("No English yet");
  await expect(rows.first()).toContainText("Untranslated");
  await expect(rows.nth(2)).toHaveClass(/kind-credit/);

  await page.getByRole("link", { name: "Library" }).first().click();
  await expect(page.getByTestId("document-card").filter({ hasText: title })).toContainText("0 of 3 translated");
});

test("without a title, the start of the first sentence names the document", async ({ page }) => {
  const text = `Banjir melanda ${uniqueTitle("Kampung")} setelah hujan deras semalaman. Warga mengungsi.`;
  await addPastedDocument(page, text);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.split(".")[0]);
});

test("an unknown document shows a not-found page", async ({ page }) => {
  const response = await page.goto("/documents/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
