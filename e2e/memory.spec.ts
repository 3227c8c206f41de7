import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { downloadExport, tmxFile } from "./exchange-files";
import { expect, test } from "./fixtures";

const FRENCH_UNIT = `<tu><tuv xml:lang="fr"><seg>Un</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>`;

async function memoryCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("memory-count").getAttribute("data-count"));
}

async function uploadTmx(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("TMX file (.tmx, up to 10 MB)").setInputFiles({ name, mimeType: "application/x-tmx+xml", buffer });
  await page.getByRole("button", { name: "Import" }).click();
}

test("a TMX file from another tool grows the memory; importing it again adds nothing", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Memory" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Translation memory");
  const before = await memoryCount(page);

  const tag = randomUUID().slice(0, 8);
  const pairs: [string, string][] = [
    [`Harga beras ${tag} naik.`, `Rice prices ${tag} rose.`],
    [`Pemerintah ${tag} menambah stok.`, `The government ${tag} added stock.`],
    [`Pedagang ${tag} “senang” &amp; lega.`, `Traders ${tag} were “glad” &amp; relieved.`],
  ];
  await uploadTmx(page, "omegat.tmx", tmxFile(pairs, FRENCH_UNIT));
  await expect(page.getByRole("status")).toHaveText("Imported 3: 3 new, 0 updated. Already in the memory 0, skipped 1.");
  await expect(page.getByTestId("memory-count")).toHaveAttribute("data-count", String(before + 3));
  await expect(page.getByTestId("memory-count")).toHaveText(`${before + 3} entries`);
  const row = page.getByTestId("memory-entry").filter({ hasText: `Traders ${tag} were “glad” & relieved.` });
  await expect(row).toContainText(`Pedagang ${tag} “senang” & lega.`);
  await expect(row).toContainText("TMX import");

  await uploadTmx(page, "omegat.tmx", tmxFile(pairs));
  await expect(page.getByRole("status")).toHaveText("Imported 0: 0 new, 0 updated. Already in the memory 3, skipped 0.");
  await expect(page.getByTestId("memory-count")).toHaveAttribute("data-count", String(before + 3));
});

test("the sample's TMX export round-trips into the memory", async ({ page }) => {
  await page.goto("/documents/1");
  const file = await downloadExport(page, "tmx");
  await page.goto("/memory");
  await uploadTmx(page, file.name, file.bytes);
  await expect(page.getByRole("status")).toHaveText(/^Imported \d+: \d+ new, \d+ updated\. Already in the memory \d+, skipped 0\.$/);
  const numbers = (await page.getByRole("status").innerText()).match(/\d+/g)!.map(Number);
  expect(numbers[0] + numbers[3]).toBe(16);
});

test("a malformed TMX and a file of other languages are refused with their message and change nothing", async ({ page }) => {
  await page.goto("/memory");
  const before = await memoryCount(page);
  await uploadTmx(page, "rusak.tmx", Buffer.from("<tmx version='1.4'><body><tu>"));
  await expect(page.locator("#tmx-import-error")).toHaveText("This file is not a valid TMX translation memory.");
  await uploadTmx(page, "fr.tmx", tmxFile([], FRENCH_UNIT));
  await expect(page.locator("#tmx-import-error")).toHaveText("This TMX file holds no Indonesian–English translation units; nothing was imported.");
  await page.reload();
  expect(await memoryCount(page)).toBe(before);
});

test("in Indonesian, a refusal is in Indonesian", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "selaras-lang", value: "id", url: baseURL! }]);
  await page.goto("/memory");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memori terjemahan");
  await page.getByLabel("Berkas TMX (.tmx, hingga 10 MB)").setInputFiles({ name: "catatan.tmx", mimeType: "text/plain", buffer: Buffer.from("Catatan biasa.") });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.locator("#tmx-import-error")).toHaveText("Berkas ini bukan memori terjemahan TMX yang sah.");
});
