import { addReviewDocument } from "./database";
import { expect, test, uniqueTitle } from "./fixtures";
import { editEnglish, rows, seriousViolations } from "./review-helpers";

test("an edit is saved, survives a reload and has a revision in the history", async ({ page }) => {
  await page.goto(
    await addReviewDocument(uniqueTitle("Sunting"), [
      { source: "Kim tiba di Rusia.", target: "Kim arrived in Russia." },
      { source: "Putin menyambutnya.", target: "Putin welcomed him." },
    ]),
  );
  const box = await editEnglish(page, 0);
  expect(await seriousViolations(page)).toEqual([]);
  await box.fill("Kim arrived in Russia on Tuesday.");
  await box.press("Control+Enter");
  // Saved, and the editor moved on to the next paragraph needing review.
  await expect(page.getByRole("textbox", { name: "English of paragraph 2" })).toBeFocused();
  await page.keyboard.press("Escape");

  await page.reload();
  await expect(rows(page).first().locator(".target .text")).toHaveText("Kim arrived in Russia on Tuesday.");
  await expect(rows(page).first()).toHaveAttribute("data-status", "edited");
  await expect(page.getByTestId("review-summary")).toContainText("0 of 2 paragraphs reviewed · Average post-edit distance: 50 %");

  await editEnglish(page, 0);
  await page.getByRole("button", { name: "History" }).click();
  const history = page.getByRole("dialog", { name: "History of paragraph 1" });
  await expect(history.getByTestId("revision").first()).toContainText("Version 2 · English · Person");
  await expect(history.getByTestId("post-edit-distance")).toHaveText("50 % edited");
  await expect(history.getByTestId("history-diff").locator("ins")).toHaveText(" on Tuesday");
  expect(await seriousViolations(page)).toEqual([]);
});

test("several rows reviewed with the keyboard alone", async ({ page }) => {
  await page.goto(
    await addReviewDocument(uniqueTitle("Papan ketik"), [
      { source: "Kim tiba.", target: "Kim arrived." },
      { source: "Putin menyambut.", target: "Putin greeted." },
      { source: "Mereka berbicara.", target: "They talked." },
    ]),
  );
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Mark the current paragraph reviewed");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("j");
  await expect(rows(page).nth(0)).toBeFocused();
  await page.keyboard.press("r");
  await expect(rows(page).nth(0)).toHaveAttribute("data-status", "reviewed");
  await page.keyboard.press("Alt+ArrowDown");
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  const second = page.getByRole("textbox", { name: "English of paragraph 2" });
  await expect(second).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(" him.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("textbox", { name: "English of paragraph 3" })).toBeFocused();
  await page.keyboard.press("Control+Shift+Enter");
  await expect(rows(page).nth(2)).toHaveAttribute("data-status", "reviewed");
  await expect(rows(page).nth(1)).toHaveAttribute("data-status", "edited");
  await expect(rows(page).nth(1).locator(".target .text")).toHaveText("Putin greeted him.");
  await page.keyboard.press("k");
  await expect(rows(page).nth(1)).toBeFocused();
});

test("split at the cursor, then merge again: both languages follow", async ({ page }) => {
  await page.goto(await addReviewDocument(uniqueTitle("Pisah"), [{ source: "Kim tiba. Putin menyambut.", target: "Kim arrived. Putin welcomed him." }, { source: "Selesai." }]));
  const box = await editEnglish(page, 0);
  await box.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(13, 13));
  await page.getByRole("button", { name: "Split at cursor" }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0).locator(".source .text")).toHaveText("Kim tiba.");
  await expect(rows(page).nth(0).locator(".target .text")).toHaveText("Kim arrived.");
  await expect(rows(page).nth(1).locator(".source .text")).toHaveText("Putin menyambut.");
  await expect(rows(page).nth(1).locator(".target .text")).toHaveText("Putin welcomed him.");

  await editEnglish(page, 0);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Merge with next" }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0).locator(".source .text")).toHaveText("Kim tiba. Putin menyambut.");
  await expect(rows(page).nth(0).locator(".target .text")).toHaveText("Kim arrived. Putin welcomed him.");
});

test("filters show all rows, the ones needing review, or the reviewed ones, and survive a reload", async ({ page }) => {
  await page.goto(
    await addReviewDocument(uniqueTitle("Saring"), [
      { source: "Mesin.", target: "Machine." },
      { source: "Ditinjau.", target: "Reviewed.", reviewed: true },
      { source: "Belum." },
    ]),
  );
  await page.getByRole("radio", { name: "Needs review" }).check();
  await expect(rows(page).nth(0)).toBeVisible();
  await expect(rows(page).nth(1)).toBeHidden();
  await expect(rows(page).nth(2)).toBeHidden();
  await expect(page).toHaveURL(/filter=needsReview/);
  await page.reload();
  await expect(page.getByRole("radio", { name: "Needs review" })).toBeChecked();
  await expect(rows(page).nth(1)).toBeHidden();
  await page.getByRole("radio", { name: "Reviewed", exact: true }).check();
  await expect(rows(page).nth(0)).toBeHidden();
  await expect(rows(page).nth(1)).toBeVisible();
  await page.getByRole("radio", { name: "All" }).check();
  await expect(rows(page)).toHaveCount(3);
  for (const index of [0, 1, 2]) await expect(rows(page).nth(index)).toBeVisible();
});

test("a corrected Indonesian keeps the English, flagged in words until it is reviewed", async ({ page }) => {
  await page.goto(await addReviewDocument(uniqueTitle("Sumber"), [{ source: "Kim tiba di Moskwa.", target: "Kim arrived in Moscow.", reviewed: true }]));
  await page.keyboard.press("j");
  await page.keyboard.press("i");
  const box = page.getByRole("textbox", { name: "Indonesian of paragraph 1" });
  await expect(box).toBeFocused();
  await box.fill("Kim tiba di Moskow.");
  await box.press("Control+Enter");
  const row = rows(page).first();
  await expect(row.locator(".source .text")).toHaveText("Kim tiba di Moskow.");
  await expect(row.locator(".target")).toContainText("The Indonesian was corrected after this English was written: check it.");
  await page.getByRole("radio", { name: "Needs review" }).check();
  await expect(row).toBeVisible();
  await row.focus();
  await page.keyboard.press("r");
  await expect(row).toBeHidden();
  await page.getByRole("radio", { name: "All" }).check();
  await expect(row).toHaveAttribute("data-status", "reviewed");
  await expect(row.locator(".stale-flag")).toHaveCount(0);
});
