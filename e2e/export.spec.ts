import { parse } from "csv-parse/sync";
import mammoth from "mammoth";
import { downloadExport, openExportDialog, parseXml } from "./exchange-files";
import { expect, test } from "./fixtures";

const SAMPLE = "/documents/1";
const FILE_BASE = "kim-jong-un-undang-putin-ke-korea-utara";
const FIRST_ID = "Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin";
const FIRST_EN = "North Korean leader Kim Jong Un invited Russian President Vladimir Putin";

test.beforeEach(async ({ page }) => {
  await page.goto(SAMPLE);
});

test("DOCX: a two-column table with both languages, read back by mammoth", async ({ page }) => {
  const file = await downloadExport(page, "docx");
  expect(file.name).toBe(`${FILE_BASE}.docx`);
  const { value: html } = await mammoth.convertToHtml({ buffer: file.bytes });
  expect(html.match(/<tr>/g)).toHaveLength(17);
  expect(html).toContain(FIRST_ID);
  expect(html).toContain(FIRST_EN);
});

test("DOCX interleaved: no table, each English after its Indonesian", async ({ page }) => {
  const file = await downloadExport(page, "docx", { Layout: "Interleaved (the English after each paragraph)" });
  const { value: text } = await mammoth.extractRawText({ buffer: file.bytes });
  const { value: html } = await mammoth.convertToHtml({ buffer: file.bytes });
  expect(html).not.toContain("<table>");
  expect(text.indexOf(FIRST_EN)).toBeGreaterThan(text.indexOf(FIRST_ID));
});

test("HTML: one self-contained file with inline CSS, an A4 print sheet and both languages", async ({ page }) => {
  const file = await downloadExport(page, "html");
  expect(file.name).toBe(`${FILE_BASE}.html`);
  const html = file.bytes.toString("utf8");
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain("<style>");
  expect(html).toContain("@page { size: A4");
  expect(html).not.toMatch(/<link|<script|src=["']http/);
  expect(html).toContain(FIRST_ID);
  expect(html).toContain(FIRST_EN);
});

test("Markdown: a pipe table with a row per paragraph", async ({ page }) => {
  const file = await downloadExport(page, "md");
  expect(file.name).toBe(`${FILE_BASE}.md`);
  const lines = file.bytes.toString("utf8").split("\n");
  expect(lines).toContain("| Indonesian (id) | English (en-US) |");
  expect(lines.filter((line) => line.startsWith("| ") && !line.startsWith("| ---"))).toHaveLength(17);
});

test("TMX: 16 translation units with both languages", async ({ page }) => {
  const file = await downloadExport(page, "tmx");
  expect(file.name).toBe(`${FILE_BASE}.tmx`);
  const tmx = parseXml(file.bytes).tmx as { "@_version": string; body: { tu: { tuv: { "@_xml:lang": string; seg: string }[] }[] } };
  expect(tmx["@_version"]).toBe("1.4");
  expect(tmx.body.tu).toHaveLength(16);
  expect(tmx.body.tu[0].tuv.map((tuv) => tuv["@_xml:lang"])).toEqual(["id", "en-US"]);
  expect(String(tmx.body.tu[0].tuv[1].seg)).toContain(FIRST_EN);
});

test("XLIFF: 16 units, each with source, target and a state", async ({ page }) => {
  const file = await downloadExport(page, "xliff");
  expect(file.name).toBe(`${FILE_BASE}.xlf`);
  const xliff = parseXml(file.bytes).xliff as { "@_version": string; file: { "@_id": string; unit: { segment: { "@_state": string; target: string }[] }[] }[] };
  expect(xliff["@_version"]).toBe("2.0");
  expect(xliff.file[0]["@_id"]).toBe("selaras-document-1");
  expect(xliff.file[0].unit).toHaveLength(16);
  expect(xliff.file[0].unit.every((unit) => unit.segment[0]["@_state"] === "reviewed" && String(unit.segment[0].target).length > 0)).toBe(true);
});

test("CSV: UTF-8 with a byte order mark, a header and 16 rows", async ({ page }) => {
  const file = await downloadExport(page, "csv", { "English to include": "Reviewed English only" });
  expect(file.name).toBe(`${FILE_BASE}.csv`);
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.bytes.toString("utf8");
  expect(text.split("\r\n").filter(Boolean)).toHaveLength(17);
  const rows = parse(text, { bom: true }) as string[][];
  expect(rows[0]).toEqual(["position", "kind", "status", "Indonesian", "English"]);
  expect(rows[1][3]).toContain(FIRST_ID);
  expect(rows[1][4]).toContain(FIRST_EN);
});

test("the dialog offers only the options a format honours", async ({ page }) => {
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole("group", { name: "Layout" })).toBeVisible();
  await expect(dialog.getByRole("group", { name: "English nobody reviewed yet" })).toHaveCount(0);
  await dialog.getByRole("radio", { name: "Reviewed English only" }).check();
  await expect(dialog.getByRole("group", { name: "English nobody reviewed yet" })).toBeVisible();
  await dialog.getByRole("radio", { name: "Spreadsheet (CSV)" }).check();
  await expect(dialog.getByRole("group", { name: "Layout" })).toHaveCount(0);
  await expect(dialog.getByRole("group", { name: "English nobody reviewed yet" })).toHaveCount(0);
  await dialog.getByRole("radio", { name: "Web page (HTML), prints to PDF" }).check();
  await expect(dialog.getByText("Print → Save as PDF")).toBeVisible();
});

test("keyboard: the dialog opens, keeps focus inside, closes with Esc and gives focus back", async ({ page }) => {
  const opener = page.getByRole("button", { name: "Export…" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Export this document" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Word document (DOCX)" })).toBeFocused();
  const focusInDialog = () => page.evaluate(() => document.activeElement?.closest("dialog") !== null && document.activeElement !== document.body);
  const visited = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInDialog()).toBe(true);
    visited.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ""));
  }
  expect(visited.size).toBe(5);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusInDialog()).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("the export route refuses a bad query (400) and an unknown document (404) with a translated message", async ({ request }) => {
  const ok = await request.get(`${SAMPLE}/export?format=docx`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(ok.headers()["content-disposition"]).toBe(`attachment; filename="${FILE_BASE}.docx"`);

  const badFormat = await request.get(`${SAMPLE}/export?format=pdf`);
  expect(badFormat.status()).toBe(400);
  expect(await badFormat.text()).toBe('Unknown export format "pdf". Choose one of: docx, html, md, tmx, xliff, csv.');

  const badOption = await request.get(`${SAMPLE}/export?format=md&layout=columns`, { headers: { "Accept-Language": "id-ID" } });
  expect(badOption.status()).toBe(400);
  expect(await badOption.text()).toBe('"columns" bukan pilihan untuk layout. Pilih salah satu: table, interleaved.');

  const missing = await request.get("/documents/999999/export?format=csv");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toBe("Document 999999 does not exist.");
});

test("in Indonesian, the dialog speaks Indonesian", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "selaras-lang", value: "id", url: baseURL! }]);
  await page.goto(SAMPLE);
  await page.getByRole("button", { name: "Ekspor…" }).click();
  const dialog = page.getByRole("dialog", { name: "Ekspor dokumen ini" });
  await expect(dialog.getByRole("radio", { name: "Dokumen Word (DOCX)" })).toBeChecked();
  await expect(dialog.getByRole("button", { name: "Unduh" })).toBeVisible();
});
