import { expect, test } from "./fixtures";

const background = (page: import("@playwright/test").Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("the theme follows the system until the reader picks one, and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const systemDark = await background(page);
  await page.emulateMedia({ colorScheme: "light" });
  const systemLight = await background(page);
  expect(systemDark).not.toBe(systemLight);

  await page.getByLabel("Theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(systemDark);
  expect(await (await page.request.get("/")).text()).toContain('data-theme="dark"');
  await page.reload();
  expect(await background(page)).toBe(systemDark);

  await page.getByLabel("Theme").selectOption("system");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme");
  expect(await background(page)).toBe(systemLight);
});

test("the text size steps up and down and is remembered", async ({ page }) => {
  await page.goto("/documents/1");
  const cell = page.locator("#p-1 .cell.source");
  const size = async () => parseFloat(await cell.evaluate((element) => getComputedStyle(element).fontSize));
  const before = await size();
  await page.getByRole("button", { name: "Larger text" }).click();
  await page.getByRole("button", { name: "Larger text" }).click();
  await expect(page.getByRole("group", { name: "Text size" }).locator("output")).toHaveText("125%");
  expect(await size()).toBeCloseTo(before * 1.25, 1);
  await page.reload();
  expect(await size()).toBeCloseTo(before * 1.25, 1);
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Smaller text" }).click();
  await expect(page.getByRole("button", { name: "Smaller text" })).toBeDisabled();
  await expect(page.getByRole("group", { name: "Text size" }).locator("output")).toHaveText("87.5%");
});

test("the reading bar stays on screen and says where the reader is", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/documents/1");
  const bar = page.getByRole("region", { name: "Reading controls" });
  await expect(bar).toContainText("Paragraph 1 of 16");
  await page.locator("#p-10").scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect(bar).not.toContainText("Paragraph 1 of 16");
  expect((await bar.boundingBox())!.y).toBeLessThanOrEqual(1);
  await expect(bar).toContainText("16 of 16 translated");
});
