import type { Page } from "@playwright/test";
import { downloadExport } from "./exchange-files";
import { addPastedDocument, expect, test, uniqueTitle } from "./fixtures";

async function importXliff(page: Page, name: string, content: string) {
  await page.getByRole("button", { name: "Import XLIFF…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a translated XLIFF file" });
  await dialog.getByLabel(/XLIFF file/).setInputFiles({ name, mimeType: "application/xliff+xml", buffer: Buffer.from(content) });
  await dialog.getByRole("button", { name: "Import" }).click();
  return dialog;
}

async function targets(page: Page): Promise<string[]> {
  return page.getByTestId("paragraph-row").locator(".target").allInnerTexts();
}

test("export XLIFF, translate one unit, import it: the reader shows the new English as reviewed", async ({ page }) => {
  await addPastedDocument(page, "Harga cabai naik tajam.\n\nPedagang mengeluh.", uniqueTitle("Cabai"));
  const file = await downloadExport(page, "xliff");
  const xliff = file.bytes.toString("utf8");
  const translated = xliff.replace(/(<segment state=")initial(">\s*<source>Harga cabai naik tajam\.<\/source>)/, `$1translated$2<target>Chilli prices rose “sharply” &amp; fast.</target>`);
  expect(translated).not.toBe(xliff);

  const dialog = await importXliff(page, file.name, translated);
  await expect(dialog.getByRole("status")).toHaveText("Updated 1, already up to date 0, without English 1, skipped 0.");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const first = page.getByTestId("paragraph-row").first();
  await expect(first.locator(".target")).toContainText("Chilli prices rose “sharply” & fast.");
  await expect(first).toHaveAttribute("data-status", "reviewed");
  await expect(page.getByTestId("paragraph-row").nth(1)).toHaveAttribute("data-status", "untranslated");
});

test("a malformed XLIFF and one from another document are refused with their message, and nothing changes", async ({ page }) => {
  await page.goto("/documents/1");
  const sampleXliff = (await downloadExport(page, "xliff")).bytes.toString("utf8");

  await addPastedDocument(page, "Banjir melanda kota.\n\nWarga mengungsi.", uniqueTitle("Banjir"));
  const before = await targets(page);

  let dialog = await importXliff(page, "rusak.xlf", `<?xml version="1.0"?><xliff version="2.0"><file id="x"><unit id="p1">`);
  await expect(dialog.getByRole("alert")).toHaveText("This file is not valid XLIFF 2.0 (malformed XML, or another format or version).");
  await expect(dialog.getByRole("status")).toBeEmpty();
  await page.keyboard.press("Escape");

  const id = page.url().split("/").pop();
  dialog = await importXliff(page, "sample.xlf", sampleXliff);
  await expect(dialog.getByRole("alert")).toHaveText(`This XLIFF file was not exported from document ${id}; nothing was imported.`);
  await page.keyboard.press("Escape");

  await page.reload();
  expect(await targets(page)).toEqual(before);
  await expect(page.getByTestId("paragraph-row").first()).toHaveAttribute("data-status", "untranslated");
});
