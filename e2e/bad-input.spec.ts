import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { documentCount, expect, test } from "./fixtures";
import { chooseFile } from "./import-form";

function tempFile(name: string, content: Buffer | string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "selaras-e2e-")), name);
  fs.writeFileSync(file, content);
  return file;
}

const cases: { name: string; fill: (page: import("@playwright/test").Page) => Promise<void>; message: RegExp }[] = [
  { name: "empty text", fill: async () => {}, message: /There is no text to import/ },
  { name: "whitespace only", fill: (page) => page.getByLabel("Indonesian text").fill("   \n\t  \n"), message: /There is no text to import/ },
  {
    name: "a binary file",
    fill: (page) => chooseFile(page, tempFile("biner.txt", Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]))),
    message: /not plain text/,
  },
  {
    name: "invalid UTF-8",
    fill: (page) => chooseFile(page, tempFile("latin.txt", Buffer.from([0x48, 0xe9, 0xff, 0x6c]))),
    message: /not valid UTF-8/,
  },
  {
    name: "more than 20,000 paragraphs",
    fill: (page) => chooseFile(page, tempFile("banyak.txt", "Baris.\n".repeat(20_001))),
    message: /20001 paragraphs; the limit is 20000/,
  },
];

for (const { name, fill, message } of cases) {
  test(`${name} is refused next to the form and nothing is stored`, async ({ page }) => {
    const before = await documentCount(page);
    await page.goto("/documents/new");
    await fill(page);
    await page.getByRole("button", { name: "Add document" }).click();
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(page).toHaveURL(/\/documents\/new$/);
    expect(await documentCount(page)).toBe(before);
  });
}

test("a file over 5 MB is refused before upload and nothing is stored", async ({ page }) => {
  const before = await documentCount(page);
  await page.goto("/documents/new");
  await chooseFile(page, tempFile("besar.txt", "a".repeat(5 * 1024 * 1024 + 10)));
  await expect(page.getByRole("alert").filter({ hasText: "The file is 5.01 MB; the limit is 5 MB." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add document" })).toBeDisabled();
  expect(await documentCount(page)).toBe(before);
});

test("pasted text keeps what the user typed after a refusal", async ({ page }) => {
  await page.goto("/documents/new");
  await page.getByLabel("Title (optional)").fill("x".repeat(301));
  await page.getByLabel("Indonesian text").fill("Teks yang tidak boleh hilang.");
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The title is too long" })).toBeVisible();
  await expect(page.getByLabel("Indonesian text")).toHaveValue("Teks yang tidak boleh hilang.");
});
