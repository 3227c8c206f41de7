import { addPastedDocument, expect, test, uniqueTitle } from "./fixtures";

const SAMPLE = "/documents/1";

test("side by side is the default: Indonesian left, English right on the same line", async ({ page }) => {
  await page.goto(SAMPLE);
  await expect(page.getByRole("radio", { name: "Side by side" })).toBeChecked();
  const row = page.getByTestId("paragraph-row").nth(2);
  const source = (await row.locator(".cell.source").boundingBox())!;
  const target = (await row.locator(".cell.target").boundingBox())!;
  expect(Math.abs(source.y - target.y)).toBeLessThan(2);
  expect(target.x).toBeGreaterThan(source.x + source.width);
});

test("interleaved puts each English paragraph under its Indonesian", async ({ page }) => {
  await page.goto(SAMPLE);
  await page.getByRole("radio", { name: "Interleaved" }).check();
  const row = page.getByTestId("paragraph-row").nth(2);
  const source = (await row.locator(".cell.source").boundingBox())!;
  const target = (await row.locator(".cell.target").boundingBox())!;
  expect(target.y).toBeGreaterThanOrEqual(source.y + source.height - 1);
  expect(Math.abs(target.x - source.x)).toBeLessThan(2);
  await expect(page.getByRole("columnheader", { name: "Indonesian" })).toBeHidden();
});

for (const { mode, shown, hidden } of [
  { mode: "Indonesian only", shown: ".cell.source", hidden: ".cell.target" },
  { mode: "English only", shown: ".cell.target", hidden: ".cell.source" },
]) {
  test(`${mode} shows one language`, async ({ page }) => {
    await page.goto(SAMPLE);
    await page.getByRole("radio", { name: mode }).check();
    const row = page.getByTestId("paragraph-row").first();
    await expect(row.locator(shown)).toBeVisible();
    await expect(row.locator(hidden)).toBeHidden();
  });
}

test("the mode is remembered per document and rendered by the server", async ({ page }) => {
  const other = await addPastedDocument(page, "Satu paragraf saja.", uniqueTitle("Mode lain"));
  await page.goto(SAMPLE);
  await page.getByRole("radio", { name: "English only" }).check();
  await expect(page.locator("article.reader")).toHaveAttribute("data-mode", "target");

  const html = await (await page.request.get(SAMPLE)).text();
  expect(html).toContain('data-mode="target"');
  await page.reload();
  await expect(page.getByRole("radio", { name: "English only" })).toBeChecked();

  await page.goto(other);
  await expect(page.locator("article.reader")).toHaveAttribute("data-mode", "side-by-side");
  await page.goto(SAMPLE);
  await page.getByRole("radio", { name: "Side by side" }).check();
  expect(await (await page.request.get(SAMPLE)).text()).toContain('data-mode="side-by-side"');
});

test("modes are chosen with the keyboard like any radio group", async ({ page }) => {
  await page.goto(SAMPLE);
  await page.getByRole("radio", { name: "Side by side" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Interleaved" })).toBeChecked();
  await expect(page.locator("article.reader")).toHaveAttribute("data-mode", "interleaved");
});
