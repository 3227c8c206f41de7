import type { Page } from "@playwright/test";
import { fakeDeepl } from "./fake-deepl";
import { addPastedDocument, expect, test, uniqueTitle } from "./fixtures";

const PARAGRAPHS = ["Hujan turun di Bandung sejak pagi.", "Warga membawa payung ke pasar.", "Sore harinya langit kembali cerah."];

async function translateDocument(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Translate", exact: true }).click();
  const preview = page.getByTestId("translate-preview");
  await expect(preview).toContainText("characters to bill");
  await expect(preview.getByTestId("preview-quota")).toContainText("Remaining DeepL quota");
  await preview.getByRole("button", { name: "Start translation" }).click();
}

async function addDocument(page: Page, prefix: string): Promise<string> {
  const marker = uniqueTitle(prefix).split(" ")[1];
  // A marker word per document keeps the memory from answering for another test's paragraphs.
  return addPastedDocument(page, PARAGRAPHS.map((p) => `${p} (${marker})`).join("\n\n"), uniqueTitle(prefix));
}

/** Sets a paragraph's English the way an editor saves it (status edited), through the public API. */
async function editEnglish(page: Page, documentUrl: string, position: number, text: string): Promise<void> {
  const documentId = documentUrl.split("/").pop();
  const document = await (await page.request.get(`/api/documents/${documentId}`)).json();
  const paragraph = document.paragraphs.find((p: { position: number }) => p.position === position);
  const response = await page.request.put(`/api/paragraphs/${paragraph.id}`, { data: { text, version: paragraph.version } });
  expect(response.ok()).toBe(true);
}

test.afterEach(async () => {
  await fakeDeepl.restore();
});

test("Translate shows the cost, fills every row with machine English and keeps its progress after a reload", async ({ page }) => {
  await fakeDeepl.setFaults({ latencyMs: 300 });
  await addDocument(page, "Hujan");
  const rows = page.getByTestId("paragraph-row");
  const total = await rows.count();
  await page.getByLabel("Translate into").selectOption("en-GB");
  await translateDocument(page);

  const bar = page.getByRole("progressbar", { name: "Translation progress" });
  await expect(bar).toHaveAttribute("aria-valuemax", String(total));
  await expect(bar).toHaveAttribute("aria-valuenow", String(total), { timeout: 15_000 });
  await expect(bar).toHaveAttribute("aria-valuetext", "100 %");
  await expect(page.getByTestId("translate-job")).toContainText("Finished.");
  for (const row of await rows.all()) await expect(row).toHaveAttribute("data-status", "machine");
  await expect(rows.filter({ hasText: PARAGRAPHS[0] }).locator(".cell.target")).toContainText(`[EN-GB] ${PARAGRAPHS[0]}`);

  await page.reload();
  await expect(page.getByRole("progressbar", { name: "Translation progress" })).toHaveAttribute("aria-valuenow", String(total));
  await expect(page.getByLabel("Translate into")).toHaveValue("en-GB");
});

test("Re-translate replaces machine English at once, and waits beside a person's English until they choose", async ({ page }) => {
  const url = await addDocument(page, "Payung");
  await translateDocument(page);
  await expect(page.getByTestId("translate-job")).toContainText("Finished.", { timeout: 15_000 });

  const rows = page.getByTestId("paragraph-row");
  const machineRow = rows.filter({ hasText: PARAGRAPHS[0] });
  await machineRow.getByRole("button", { name: "Re-translate" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(machineRow).toHaveAttribute("data-status", "machine");
  await expect(machineRow.getByTestId("candidate")).toHaveCount(0);

  const humanPosition = Number((await rows.filter({ hasText: PARAGRAPHS[1] }).getAttribute("id"))?.slice(2));
  const keptPosition = Number((await rows.filter({ hasText: PARAGRAPHS[2] }).getAttribute("id"))?.slice(2));
  await editEnglish(page, url, humanPosition, "People carried umbrellas to the market.");
  await editEnglish(page, url, keptPosition, "In the afternoon the sky cleared.");
  await page.reload();

  const humanRow = rows.filter({ hasText: PARAGRAPHS[1] });
  await humanRow.getByRole("button", { name: "Re-translate" }).click();
  const dialog = page.getByRole("dialog", { name: "Re-translate a paragraph with your English?" });
  await dialog.getByRole("button", { name: "Re-translate" }).click();
  const candidate = humanRow.getByTestId("candidate");
  await expect(candidate).toContainText(`[EN-US] ${PARAGRAPHS[1]}`);
  await expect(candidate.locator("ins").first()).toBeVisible();
  await expect(humanRow).toHaveAttribute("data-status", "edited");
  await candidate.getByRole("button", { name: "Use machine version" }).click();
  await expect(humanRow).toHaveAttribute("data-status", "machine");
  await expect(humanRow.locator(".cell.target")).toContainText(`[EN-US] ${PARAGRAPHS[1]}`);

  const keptRow = rows.filter({ hasText: PARAGRAPHS[2] });
  await keptRow.getByRole("button", { name: "Re-translate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Re-translate" }).click();
  await keptRow.getByTestId("candidate").getByRole("button", { name: "Keep mine" }).click();
  await expect(keptRow.getByTestId("candidate")).toHaveCount(0);
  await expect(keptRow).toHaveAttribute("data-status", "edited");
  await expect(keptRow.locator(".cell.target")).toContainText("In the afternoon the sky cleared.");
});

test("An exhausted quota pauses the translation with its message; Resume finishes it once the quota is raised", async ({ page }) => {
  await addDocument(page, "Kuota");
  await fakeDeepl.setFaults({ characterLimit: (await fakeDeepl.characterCount()) + 5 });
  await translateDocument(page);

  await expect(page.getByTestId("translate-job")).toContainText("DeepL character quota for this billing period is used up", { timeout: 15_000 });
  const rows = page.getByTestId("paragraph-row");
  await expect(rows.first()).toHaveAttribute("data-status", "untranslated");

  await fakeDeepl.restore();
  await page.reload();
  await page.getByRole("button", { name: "Resume translation" }).click();
  const bar = page.getByRole("progressbar", { name: "Translation progress" });
  await expect(bar).toHaveAttribute("aria-valuetext", "100 %", { timeout: 15_000 });
  for (const row of await rows.all()) await expect(row).toHaveAttribute("data-status", "machine");
});
