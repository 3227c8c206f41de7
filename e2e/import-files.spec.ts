import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from "docx";
import { makeZip } from "../lib/import/fixtures/make-zip";
import { TINY_PNG } from "../lib/import/fixtures/tiny-png";
import { documentCount, expect, test, uniqueTitle } from "./fixtures";
import { addAndOpen, chooseFile, FILE_LABEL } from "./import-form";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A news article as Word saves it: title, dateline, heading, bullets, an image, a comment, a quote, credit, related line. */
async function articleDocx(title: string): Promise<Buffer> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: "Quote", name: "Quote", basedOn: "Normal", run: { italics: true } }] },
    comments: { children: [{ id: 0, author: "Redaktur", date: new Date(0), children: [new Paragraph("Periksa angka ini")] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun("KOMPAS.com - Harga beras naik"),
              new CommentRangeStart(0),
              new TextRun(" 10 persen"),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun(" bulan ini."),
            ],
          }),
          new Paragraph({ text: "Penyebab", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: "Gagal panen", bullet: { level: 0 } }),
          new Paragraph({ text: "Ongkos angkut", bullet: { level: 0 } }),
          new Paragraph({ children: [new ImageRun({ type: "png", data: TINY_PNG, transformation: { width: 10, height: 10 } })] }),
          new Paragraph({ text: "“Kami kewalahan,” kata pedagang.", style: "Quote" }),
          new Paragraph("ANTARA"),
          new Paragraph("Baca juga: Pemerintah Tambah Impor Beras"),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Fires drag events carrying one file at an element, as a browser does; true when the page handled the last one. */
function dragFile(target: Locator, events: string[], file: { name: string; type: string; text: string }): Promise<boolean> {
  return target.evaluate(
    (element, { events, file }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: file.type }));
      return events.map((type) => !element.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }))).at(-1) ?? false;
    },
    { events, file },
  );
}

const kinds = (page: Page) =>
  page.getByTestId("paragraph-row").evaluateAll((rows) => rows.map((row) => [row.className.replace(/^pair kind-/, ""), row.querySelector(".source")?.textContent]));

test("a Word document uploaded through the page keeps its structure; what was left out is said once", async ({ page }) => {
  const title = uniqueTitle("Harga Beras Naik");
  await page.goto("/documents/new");
  await chooseFile(page, { name: "harga-beras.docx", mimeType: DOCX_TYPE, buffer: await articleDocx(title) });
  await addAndOpen(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".reader-header .meta")).toContainText("File: harga-beras.docx");
  expect(await kinds(page)).toEqual([
    ["title", title],
    ["body", "KOMPAS.comHarga beras naik 10 persen bulan ini."],
    ["heading", "Penyebab"],
    ["list-item", "- Gagal panen"],
    ["list-item", "- Ongkos angkut"],
    ["quote", "“Kami kewalahan,” kata pedagang."],
    ["credit", "ANTARA"],
    ["related", "Baca juga: Pemerintah Tambah Impor Beras"],
  ]);

  const notices = page.getByRole("status").filter({ hasText: "Notes on this import" });
  await expect(notices).toContainText("1 image was left out: only text is imported.");
  await expect(notices).toContainText("1 comment was left out.");
  // Once: the address loses the notices, so a reload does not repeat them.
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Notes on this import")).toHaveCount(0);
});

test("an HTML page saved from a news site: the article only, with its headline, dateline, heading and list items", async ({ page }) => {
  await page.goto("/documents/new");
  await chooseFile(page, { name: "kompas-style.html", mimeType: "text/html", buffer: fs.readFileSync("lib/import/fixtures/kompas-style.html") });
  await addAndOpen(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harga Beras di Jakarta Naik, Warga Mengeluh");
  await expect(page.locator(".reader-header .meta")).toContainText("File: kompas-style.html");
  const rows = page.getByTestId("paragraph-row");
  await expect(rows.first()).toHaveClass(/kind-title/);
  await expect(rows.nth(1).locator(".source .dateline")).toHaveText("JAKARTA, KOMPAS.com");
  await expect(page.locator(".kind-heading .source")).toHaveText(["Operasi pasar"]);
  await expect(page.locator(".kind-list-item .source")).toHaveText([
    "- menjual beras SPHP seharga Rp 10.900 per kilogram;",
    "- membatasi pembelian paling banyak 10 kilogram per orang;",
    "- menambah pasokan ke pasar induk Cipinang.",
  ]);
  for (const furniture of ["Advertisement", "Baca juga", "Trending", "Copyright"]) await expect(page.locator(".bilingual")).not.toContainText(furniture);
});

test("a file dropped on the drop zone fills the file input and is imported like a chosen one", async ({ page }) => {
  const title = uniqueTitle("Banjir di Jakarta");
  const markdown = `# ${title}\n\nJAKARTA, KOMPAS.com - Hujan deras sejak **Senin** malam membuat [sejumlah wilayah](https://example.com) tergenang.\n\n## Wilayah terdampak\n\n- Kampung Melayu\n- Bukit Duri\n\n> "Air naik cepat sekali," kata warga.\n\n\`\`\`\nkode = 1\n\`\`\`\n`;
  await page.goto("/documents/new");
  await page.getByRole("radio", { name: "Upload a file" }).check();
  const zone = page.getByTestId("drop-zone");
  await expect(zone).toContainText("Drag a file here and drop it, or choose one:");

  const file = { name: "banjir.md", type: "text/markdown", text: markdown };
  await dragFile(zone, ["dragenter", "dragover"], file);
  await expect(zone).toHaveClass(/is-dragging/);
  await expect(zone).toContainText("Drop the file to choose it");
  const handled = await dragFile(zone, ["drop"], file);
  expect(handled).toBe(true); // the page took the drop; the browser did not open the file
  await expect(zone).not.toHaveClass(/is-dragging/);
  expect(await page.getByLabel(FILE_LABEL).evaluate((input: HTMLInputElement) => [...(input.files ?? [])].map((f) => f.name))).toEqual(["banjir.md"]);

  await addAndOpen(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".reader-header .meta")).toContainText("File: banjir.md");
  expect(await kinds(page)).toEqual([
    ["title", title],
    ["body", "JAKARTA, KOMPAS.comHujan deras sejak Senin malam membuat sejumlah wilayah tergenang."],
    ["heading", "Wilayah terdampak"],
    ["list-item", "- Kampung Melayu"],
    ["list-item", "- Bukit Duri"],
    ["quote", "\"Air naik cepat sekali,\" kata warga."],
  ]);
  await expect(page.getByRole("status").filter({ hasText: "Notes on this import" })).toContainText("1 code block was left out: code is not translated.");
});

test("a zip bomb and files whose content belies their name are refused with their message; the form keeps its input", async ({ page }) => {
  const before = await documentCount(page);
  const bomb = makeZip([
    { name: "word/document.xml", data: "<w:document/>" },
    { name: "word/media/image1.png", data: new Uint8Array(20 * 1024 * 1024) },
  ]);
  const cases = [
    { name: "bom.docx", mimeType: DOCX_TYPE, buffer: Buffer.from(bomb), message: "This Word document looks malformed or unsafe" },
    { name: "berita.txt", mimeType: "text/plain", buffer: fs.readFileSync("lib/import/fixtures/tempo-style.html"), message: "berita.txt is named as a TXT file but contains" },
    { name: "catatan.docx", mimeType: DOCX_TYPE, buffer: Buffer.from("Hanya teks biasa."), message: "catatan.docx is not a real Word document" },
  ];
  await page.goto("/documents/new");
  await page.getByLabel("Title (optional)").fill("Judul yang tetap");
  for (const { message, ...file } of cases) {
    await chooseFile(page, file);
    await page.getByRole("button", { name: "Add document" }).click();
    await expect(page.locator("#import-error")).toContainText(message);
    await expect(page).toHaveURL(/\/documents\/new$/);
    await expect(page.getByLabel("Title (optional)")).toHaveValue("Judul yang tetap");
    expect(await page.getByLabel(FILE_LABEL).evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe(file.name);
  }
  expect(await documentCount(page)).toBe(before);
});

test("in Indonesian, the form and the notices speak Indonesian", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "selaras-lang", value: "id", url: baseURL! }]);
  await page.goto("/documents/new");
  await page.getByRole("radio", { name: "Unggah berkas" }).check();
  // "Café “kutipan”" saved by an old editor in Windows-1252.
  const latin = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6b, 0x75, 0x74, 0x69, 0x70, 0x61, 0x6e, 0x94, 0x2e]);
  await page.getByLabel("Berkas (.docx, .html, .md, atau .txt, hingga 5 MB)").setInputFiles({ name: "lama.txt", mimeType: "text/plain", buffer: latin });
  await page.getByRole("button", { name: "Tambah dokumen" }).click();
  await page.waitForURL(/\/documents\/\d+/);
  await expect(page.getByTestId("paragraph-row").first().locator(".source")).toHaveText("Café “kutipan”.");
  await expect(page.getByRole("status").filter({ hasText: "Catatan tentang impor ini" })).toContainText("Berkas ini bukan UTF-8, jadi dibaca sebagai Windows-1252");
});

test("the form has no detectable accessibility problems, whichever source is chosen", async ({ page }) => {
  await page.goto("/documents/new");
  for (const source of ["Paste text", "Upload a file", "Import a web page"]) {
    await page.getByRole("radio", { name: source }).check();
    const { violations } = await new AxeBuilder({ page }).include("form").analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});
