import { randomUUID } from "node:crypto";
import { addPastedDocument, expect, test, uniqueTitle } from "./fixtures";

// Made-up words, so these terms never touch another test's translations.
const word = (stem: string) => `${stem}${randomUUID().slice(0, 6)}`;

test("Glossary terms are added, edited, deleted and imported, and DeepL uses them", async ({ page }) => {
  const source = word("menteri");
  const other = word("gubernur");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  await expect(page.getByTestId("glossary-sync")).toContainText("mirrored to DeepL");

  const add = page.getByRole("region", { name: "Add a term" });
  for (const [from, to] of [[source, "secretary"], [other, "governor"]]) {
    await add.getByLabel("Indonesian term").fill(from);
    await add.getByLabel("English translation").fill(to);
    await add.getByRole("button", { name: "Add term" }).click();
    await expect(add.getByRole("status")).toHaveText("Saved and synchronised with DeepL.");
  }
  const termRow = (term: string) => page.getByTestId("glossary-term").filter({ hasText: term });
  await expect(termRow(source)).toContainText("secretary");

  await termRow(source).getByText("Edit term").click();
  await termRow(source).getByLabel("English translation").fill("minister");
  await termRow(source).getByLabel("Note").fill("cabinet rank");
  await termRow(source).getByRole("button", { name: "Save changes" }).click();
  await expect(termRow(source)).toContainText("minister");
  await expect(termRow(source)).toContainText("cabinet rank");

  await termRow(other).getByRole("button", { name: `Delete “${other}”` }).click();
  await expect(termRow(other)).toHaveCount(0);

  const imported = word("bupati");
  const importForm = page.getByRole("region", { name: "Import a CSV or TSV file" });
  await importForm.getByLabel(/CSV or TSV file/).setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(`source,target\n${imported},regent\nonly-one-column\n`) });
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("status")).toContainText("Nothing was imported: 1 line has a problem.");
  await expect(importForm.getByRole("status")).toContainText("Line 3:");
  await importForm.getByLabel(/CSV or TSV file/).setInputFiles({ name: "good.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from(`${imported}\tregent\n`) });
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(importForm.getByRole("status")).toContainText("Imported: 1 new, 0 updated.");
  await expect(termRow(imported)).toContainText("regent");

  await addPastedDocument(page, `Sang ${source} bertemu ${imported} kemarin.`, uniqueTitle("Glosarium"));
  await page.getByRole("button", { name: "Translate", exact: true }).click();
  await page.getByRole("button", { name: "Start translation" }).click();
  const row = page.getByTestId("paragraph-row").filter({ hasText: "bertemu" });
  await expect(row).toHaveAttribute("data-status", "machine", { timeout: 15_000 });
  await expect(row.locator(".cell.target")).toContainText("[EN-US] Sang minister bertemu regent kemarin.");
});
