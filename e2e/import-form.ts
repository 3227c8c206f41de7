import type { Page } from "@playwright/test";

export const FILE_LABEL = "File (.docx, .html, .md or .txt, up to 5 MB)";

export type FileToUpload = string | { name: string; mimeType: string; buffer: Buffer };

/** On the add-document form: chooses "Upload a file" and a file, as a keyboard or mouse user would. */
export async function chooseFile(page: Page, file: FileToUpload): Promise<void> {
  await page.getByRole("radio", { name: "Upload a file" }).check();
  await page.getByLabel(FILE_LABEL).setInputFiles(file);
}

/** Submits the add-document form and waits for the reader of the new document. */
export async function addAndOpen(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Add document" }).click();
  await page.waitForURL(/\/documents\/\d+/);
}
