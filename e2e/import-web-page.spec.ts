import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { documentCount, expect, test, uniqueTitle } from "./fixtures";
import { addAndOpen } from "./import-form";

// A stand-in for a news site, on an ephemeral local port (the e2e server allows private addresses). The
// headline is replaced by a unique one, so the library never holds a second document named like the sample article.
const headline = uniqueTitle("Putin Diundang ke Pyongyang");
const tempoPage = fs.readFileSync("lib/import/fixtures/tempo-style.html", "utf8").replaceAll("Kim Jong Un Undang Putin ke Korea Utara", headline);
const site = http.createServer((request, response) => {
  if (request.url === "/berita") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(tempoPage);
  if (request.url === "/pendek") return response.writeHead(301, { location: "/berita" }).end();
  if (request.url === "/data.json") return response.writeHead(200, { "content-type": "application/json" }).end("{}");
  response.writeHead(404, { "content-type": "text/html" }).end("<p>Tidak ada</p>");
});
let base = "";

test.beforeAll(async () => {
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

test("a web page imported by its address: the article, the page title as title, the address as a link", async ({ page }) => {
  await page.goto("/documents/new");
  // Only the chosen source is imported: text pasted before switching stays in the form, unused.
  await page.getByLabel("Indonesian text").fill("Teks tempelan yang tidak diimpor.");
  await page.getByRole("radio", { name: "Import a web page" }).check();
  await expect(page.getByLabel("Indonesian text")).toBeHidden();
  await expect(page.getByLabel("Read as")).toBeHidden();
  await page.getByLabel("Address of the web page").fill(`${base}/pendek`);
  await addAndOpen(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  // The address finally read, after the redirect.
  await expect(page.locator(".reader-header .meta").getByRole("link", { name: `${base}/berita` })).toHaveAttribute("href", `${base}/berita`);
  const rows = page.getByTestId("paragraph-row");
  await expect(rows.first()).toHaveClass(/kind-title/);
  await expect(page.locator(".source .dateline")).toHaveText(["TEMPO.CO, Jakarta"]);
  await expect(page.locator(".kind-credit .source")).toHaveText(["Tempo", "REUTERS"]);
  await expect(page.locator(".kind-related .source")).toHaveText([/^Baca juga: Kim Jong Un Tiba di Rusia/, /^Pilihan Editor: Biden Ingin Bertemu/]);
  await expect(page.locator(".bilingual")).not.toContainText("Teks tempelan");
  for (const furniture of ["ADVERTISEMENT", "Terpopuler", "Beranda"]) await expect(page.locator(".bilingual")).not.toContainText(furniture);
  await expect(page.getByText("Notes on this import")).toHaveCount(0);
});

test("refused addresses show their message next to the form, keep what was typed and store nothing", async ({ page }) => {
  const before = await documentCount(page);
  await page.goto("/documents/new");
  await page.getByRole("radio", { name: "Import a web page" }).check();
  await page.getByLabel("Title (optional)").fill("Judul yang tetap");
  const cases = [
    { url: "", message: "Enter the address of the web page to import" },
    { url: `${base}/data.json`, message: "This address does not lead to a web page (its content type is application/json)." },
    { url: `${base}/hilang`, message: "The server answered with error 404. Check the address." },
    { url: "ftp://127.0.0.1/berita", message: "Only http and https addresses can be imported, not \"ftp\"." },
  ];
  for (const { url, message } of cases) {
    await page.getByLabel("Address of the web page").fill(url);
    await page.getByRole("button", { name: "Add document" }).click();
    await expect(page.locator("#import-error")).toContainText(message);
    await expect(page).toHaveURL(/\/documents\/new$/);
    await expect(page.getByLabel("Address of the web page")).toHaveValue(url);
    await expect(page.getByLabel("Title (optional)")).toHaveValue("Judul yang tetap");
    await expect(page.getByRole("radio", { name: "Import a web page" })).toBeChecked();
  }
  expect(await documentCount(page)).toBe(before);
});
