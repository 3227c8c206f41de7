import { addReviewDocument } from "./database";
import { expect, test, uniqueTitle } from "./fixtures";
import { editEnglish, rows, seriousViolations } from "./review-helpers";

test("two people editing the same paragraph get the conflict view and lose nothing", async ({ browser }) => {
  const path = await addReviewDocument(uniqueTitle("Konflik"), [{ source: "Kim tiba.", target: "Kim arrived." }]);
  const [first, second] = [await browser.newContext(), await browser.newContext()];
  const [alice, bob] = [await first.newPage(), await second.newPage()];
  await alice.goto(path);
  await bob.goto(path);
  await (await editEnglish(alice, 0)).fill("Kim arrived today.");
  const bobBox = await editEnglish(bob, 0);
  await bobBox.fill("Kim has arrived.");
  await bobBox.press("Control+Enter");
  await expect(rows(bob).first().locator(".target .text")).toHaveText("Kim has arrived.");

  await alice.getByRole("textbox", { name: "English of paragraph 1" }).press("Control+Enter");
  const conflict = alice.getByTestId("conflict-view");
  await expect(conflict).toContainText("This paragraph changed while you were editing");
  await expect(conflict.getByTestId("conflict-mine")).toHaveText("Kim arrived today.");
  await expect(conflict.getByTestId("conflict-current")).toHaveText("Kim has arrived.");
  expect(await seriousViolations(alice)).toEqual([]);

  await conflict.getByRole("button", { name: "Merge by hand" }).click();
  const merged = alice.getByRole("textbox", { name: "English of paragraph 1" });
  await expect(merged).toHaveValue("Kim arrived today.");
  await merged.fill("Kim has arrived today.");
  await merged.press("Control+Enter");
  await alice.reload();
  await expect(rows(alice).first().locator(".target .text")).toHaveText("Kim has arrived today.");
  await editEnglish(alice, 0);
  await alice.getByRole("button", { name: "History" }).click();
  const history = alice.getByRole("dialog", { name: "History of paragraph 1" });
  await expect(history.getByTestId("revision")).toHaveCount(3);
  await expect(history.getByTestId("revision").nth(1)).toContainText("Kim has arrived.");
  await first.close();
  await second.close();
});

test("a revision is restored from the history as a new revision", async ({ page }) => {
  await page.goto(await addReviewDocument(uniqueTitle("Pulihkan"), [{ source: "Kim tiba.", target: "Kim arrived." }]));
  const box = await editEnglish(page, 0);
  await box.fill("Kim came.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(rows(page).first().locator(".target .text")).toHaveText("Kim came.");
  await editEnglish(page, 0);
  await page.getByRole("button", { name: "History" }).click();
  const history = page.getByRole("dialog", { name: "History of paragraph 1" });
  await expect(history.getByTestId("revision")).toHaveCount(2);
  await history.getByTestId("revision").nth(1).getByRole("button", { name: /Restore this version/ }).click();
  await expect(history.getByTestId("revision")).toHaveCount(3);
  await expect(history.getByTestId("revision").first()).toContainText("Restored");
  await history.getByRole("button", { name: "Close" }).click();
  await expect(rows(page).first().locator(".target .text")).toHaveText("Kim arrived.");
  await expect(rows(page).first()).toHaveAttribute("data-status", "machine");
});

test("a draft survives a reload before it is saved", async ({ page }) => {
  const path = await addReviewDocument(uniqueTitle("Draf"), [{ source: "Kim tiba.", target: "Kim arrived." }]);
  await page.goto(path);
  const typing = await editEnglish(page, 0);
  await typing.press("End");
  await page.keyboard.type(" Late.");
  await page.reload();
  await page.getByRole("button", { name: "English of paragraph 1" }).click();
  await expect(page.getByRole("button", { name: "Restore draft" })).toBeFocused();
  await page.keyboard.press("Enter");
  const box = page.getByRole("textbox", { name: "English of paragraph 1" });
  await expect(box).toHaveValue("Kim arrived. Late.");
  await box.press("Control+Enter");
  await expect(rows(page).first().locator(".target .text")).toHaveText("Kim arrived. Late.");
  await page.reload();
  await expect(rows(page).first().locator(".target .text")).toHaveText("Kim arrived. Late.");
  await expect(page.getByRole("button", { name: "English of paragraph 1" })).toHaveCount(0);
});

test("marking reviewed with an open quality warning asks first", async ({ page }) => {
  await page.goto(await addReviewDocument(uniqueTitle("Mutu"), [{ source: "Harga naik 5 persen.", target: "Prices rose 7 percent." }]));
  await page.getByRole("button", { name: "Quality" }).click();
  const quality = page.getByRole("dialog", { name: "Quality checks" });
  await expect(quality.getByRole("link", { name: "Paragraph 1" })).toBeVisible();
  await expect(quality).toContainText("in the Indonesian");
  await quality.getByRole("link", { name: "Paragraph 1" }).click();
  await expect(rows(page).first()).toBeFocused();

  const asked: string[] = [];
  page.once("dialog", (dialog) => (asked.push(dialog.message()), void dialog.dismiss()));
  await page.keyboard.press("r");
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain("This paragraph has 1 open warning. Mark it reviewed anyway?");
  await expect(rows(page).first()).toHaveAttribute("data-status", "machine");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.keyboard.press("r");
  await expect(rows(page).first()).toHaveAttribute("data-status", "reviewed");
});

test("every row shows its quality warnings without opening the editor, and a fix clears them", async ({ page }) => {
  await page.goto(
    await addReviewDocument(uniqueTitle("Mutu baris"), [
      { source: "Harga naik 5 persen.", target: "Prices rose 7 percent." },
      { source: "Kim tiba.", target: "Kim arrived." },
    ]),
  );
  const flag = rows(page).first().locator(".qa-flag");
  await expect(flag.locator("summary")).toHaveText("1 quality warning");
  await expect(rows(page).nth(1).locator(".qa-flag")).toHaveCount(0);

  await flag.locator("summary").click();
  await expect(flag.getByRole("listitem")).toHaveText("5 persen in the Indonesian became 7 percent in the English.");
  await expect(page.locator(".review-text")).toHaveCount(0);
  // Enter on the summary folds the list again instead of opening the editor.
  await flag.locator("summary").press("Enter");
  await expect(flag.getByRole("listitem")).toBeHidden();
  await expect(page.locator(".review-text")).toHaveCount(0);

  const box = await editEnglish(page, 0);
  await expect(flag).toBeHidden();
  await box.fill("Prices rose 5 percent.");
  await box.press("Control+Enter");
  await expect(rows(page).first().locator(".target .text")).toHaveText("Prices rose 5 percent.");
  await expect(rows(page).first().locator(".qa-flag")).toHaveCount(0);
});
