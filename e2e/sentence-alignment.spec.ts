import { addBilingualDocument } from "./database";
import { expect, test, uniqueTitle } from "./fixtures";

let path: string;
test.beforeAll(async () => {
  path = await addBilingualDocument(uniqueTitle("Kalimat"), [
    ["Kim tiba di Moskow. Putin menyambutnya.", "Kim arrived in Moscow. Putin welcomed him."],
    ["Mereka berbicara lama. Hasilnya belum jelas.", "They talked for a long time and the outcome is still unclear."],
    ["Belum ada terjemahan di sini."],
  ]);
});

test("pointing at a sentence highlights its counterpart when the counts match", async ({ page }) => {
  await page.goto(path);
  const row = page.locator("#p-0");
  await expect(row).toHaveAttribute("data-align", "sentence");
  await row.locator('.cell.source [data-s="1"]').hover();
  await expect(row.locator('.cell.source [data-s="1"]')).toHaveClass(/is-active/);
  await expect(row.locator('.cell.target [data-s="1"]')).toHaveClass(/is-paired/);
  await expect(row.locator('.cell.target [data-s="0"]')).not.toHaveClass(/is-paired/);
  await expect(page.locator("#align-note")).toBeHidden();

  await row.locator('.cell.target [data-s="0"]').hover();
  await expect(row.locator('.cell.source [data-s="0"]')).toHaveClass(/is-paired/);
  await expect(row.locator('.cell.source [data-s="1"]')).not.toHaveClass(/is-active|is-paired/);
});

test("when the counts differ the whole paragraph is highlighted, and the page says so", async ({ page }) => {
  await page.goto(path);
  const row = page.locator("#p-1");
  await expect(row).toHaveAttribute("data-align", "paragraph");
  await row.locator('.cell.source [data-s="1"]').hover();
  await expect(row.locator(".cell.target")).toHaveClass(/is-paired/);
  await expect(page.locator("#align-note")).toHaveText(
    "Sentence counts differ here (2 Indonesian, 1 English), so the whole paragraph is highlighted.",
  );
  await page.mouse.move(0, 0);
  await expect(page.locator("#align-note")).toBeHidden();
  await expect(page.locator("#p-2")).toHaveAttribute("data-align", "none");
});

test("sentences are reached with Tab and walked with the arrow keys", async ({ page }) => {
  await page.goto(path);
  // The single tab stop among the sentences is set once the page is interactive; the toolbar is complete by then too.
  await expect(page.locator("[data-s][tabindex]")).toHaveCount(1);
  // From the toolbar's last control, the text is the next tab stop.
  await page.locator(".reader-controls :is(button, select, input):enabled").filter({ visible: true }).last().focus();
  await page.keyboard.press("Tab");
  const sentence = (row: number, side: string, index: number) => page.locator(`#p-${row} .cell.${side} [data-s="${index}"]`);
  await expect(sentence(0, "source", 0)).toBeFocused();
  await expect(page.locator("[data-s][tabindex]")).toHaveCount(1);

  await page.keyboard.press("ArrowDown");
  await expect(sentence(0, "source", 1)).toBeFocused();
  await expect(sentence(0, "target", 1)).toHaveClass(/is-paired/);
  await page.keyboard.press("ArrowRight");
  await expect(sentence(0, "target", 1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(sentence(1, "target", 0)).toBeFocused();
  await expect(sentence(1, "target", 0)).toHaveAttribute("aria-describedby", "align-note");
  await page.keyboard.press("ArrowLeft");
  await expect(sentence(1, "source", 0)).toBeFocused();
  await page.keyboard.press("End");
  await expect(sentence(2, "source", 0)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(sentence(0, "source", 0)).toBeFocused();
  await expect(page.locator("[data-s][tabindex]")).toHaveCount(1);
});

test("in English-only mode the tab stop moves to the English text", async ({ page }) => {
  await page.goto(path);
  await page.getByRole("radio", { name: "English only" }).check();
  await expect(page.locator('#p-0 .cell.target [data-s="0"]')).toHaveAttribute("tabindex", "0");
  await expect(page.locator("[data-s][tabindex]")).toHaveCount(1);
  await page.locator('#p-1 .cell.target [data-s="0"]').hover();
  await expect(page.locator('#p-1 .cell.target [data-s="0"]')).toHaveClass(/is-active/);
  await expect(page.locator(".is-paired")).toHaveCount(0);
  await expect(page.locator("#align-note")).toBeHidden();
});
