import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/lib/db/test-db";
import { getBilingualDocument, listDocuments } from "@/lib/db/documents";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { importDocument, type ImportInput, type ImportOptions } from "./import-document";
import { makeZip } from "./fixtures/make-zip";
import { TINY_PNG } from "./fixtures/tiny-png";

let db: Db;
let dispose: () => Promise<void>;
let base: string;
const encode = (text: string) => new TextEncoder().encode(text);
const tempoPage = fs.readFileSync(new URL("./fixtures/tempo-style.html", import.meta.url));

const server = http.createServer((request, response) => {
  if (request.url === "/berita") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(tempoPage);
  if (request.url === "/pendek") return response.writeHead(301, { location: "/berita" }).end();
  return response.writeHead(404).end();
});
// The private-address setting stays off; only the test server's own address is let through.
const LOCAL: ImportOptions = { fetch: { allowPrivate: false, trustedAddresses: ["127.0.0.1"] } };

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await dispose();
});

async function stored(input: ImportInput, options?: ImportOptions) {
  const { documentId, notices } = await importDocument(db, input, options);
  const document = await getBilingualDocument(db, documentId);
  if (!document) throw new Error("not stored");
  return { document, notices, rows: document.paragraphs.map((p) => [p.kind, p.dateline, p.sourceText]) };
}

describe("importDocument", () => {
  it("stores pasted text with its structure", async () => {
    const { document, rows } = await stored({ text: "TEMPO.CO, Jakarta - Harga naik.\nREUTERS" });
    expect(document.title).toBe("Harga naik");
    expect(document.originKind).toBe("paste");
    expect(rows).toEqual([
      ["body", "TEMPO.CO, Jakarta - ", "Harga naik."],
      ["credit", null, "REUTERS"],
    ]);
    expect(document.paragraphs.every((p) => p.status === "untranslated")).toBe(true);
  });

  it("stores a .txt file under its name", async () => {
    const { document } = await stored({ file: { name: "berita.txt", bytes: encode("Satu.\n\nDua.") }, title: "Berita" });
    expect(document).toMatchObject({ title: "Berita", originKind: "file", originRef: "berita.txt" });
    expect(document.paragraphs).toHaveLength(2);
  });

  it("reads a Windows-1252 text file and says so", async () => {
    const bytes = new Uint8Array([0x93, ...encode("Kaf"), 0xe9, 0x94, ...encode(" di Jakarta ramai.")]);
    const { document, notices } = await stored({ file: { name: "lama.txt", bytes } });
    expect(document.paragraphs[0].sourceText).toBe("“Kafé” di Jakarta ramai.");
    expect(notices).toEqual([{ code: "decodedAsWindows1252" }]);
  });

  it("stores a Markdown file with its front title, headings and list items", async () => {
    const markdown = "# Harga Beras Naik\n\nKOMPAS.com - Harga **beras** naik.\n\n## Penyebab\n\n1. Gagal panen\n2. Ongkos angkut\n\n> “Berat,” kata Siti.\n";
    const { document, rows } = await stored({ file: { name: "catatan.md", bytes: encode(markdown) } });
    expect(document.title).toBe("Harga Beras Naik");
    expect(rows).toEqual([
      ["title", null, "Harga Beras Naik"],
      ["body", "KOMPAS.com - ", "Harga beras naik."],
      ["heading", null, "Penyebab"],
      ["list-item", null, "1. Gagal panen"],
      ["list-item", null, "2. Ongkos angkut"],
      ["quote", null, "“Berat,” kata Siti."],
    ]);
  });

  it("stores a DOCX file and reports the image it left out", async () => {
    const docx = new Document({
      sections: [{
        children: [
          new Paragraph({ text: "Gempa Cianjur", heading: HeadingLevel.HEADING_1 }),
          new Paragraph("Jakarta (ANTARA) - Gempa mengguncang Cianjur."),
          new Paragraph({ children: [new ImageRun({ type: "png", data: TINY_PNG, transformation: { width: 5, height: 5 } })] }),
        ],
      }],
    });
    const { document, rows, notices } = await stored({ file: { name: "laporan.docx", bytes: new Uint8Array(await Packer.toBuffer(docx)) } });
    expect(document.title).toBe("Gempa Cianjur");
    expect(rows).toEqual([
      ["title", null, "Gempa Cianjur"],
      ["body", "Jakarta (ANTARA) - ", "Gempa mengguncang Cianjur."],
    ]);
    expect(notices).toEqual([{ code: "imagesIgnored", count: 1 }]);
  });

  it("stores an HTML file: the article only, titled by the page", async () => {
    const { document, rows } = await stored({ file: { name: "tempo.html", bytes: tempoPage }, title: "Judul saya" });
    expect(document.title).toBe("Judul saya");
    expect(rows[0]).toEqual(["title", null, "Kim Jong Un Undang Putin ke Korea Utara"]);
    expect(rows.filter((r) => r[1] === "TEMPO.CO, Jakarta - ")).toHaveLength(1);
    expect(rows.map((r) => r[0])).toContain("related");
    expect(JSON.stringify(rows)).not.toContain("dataLayer");
  });

  it("lets a format option override the extension, for files and pasted text", async () => {
    expect((await stored({ file: { name: "catatan.txt", bytes: encode("# Judul\n\nIsi.") }, format: "md" })).rows[0]).toEqual(["title", null, "Judul"]);
    expect((await stored({ text: "- satu\n- dua", format: "markdown" })).rows).toEqual([
      ["list-item", null, "- satu"],
      ["list-item", null, "- dua"],
    ]);
  });

  it("imports a web page by URL: the page title becomes the title, the final URL the origin", async () => {
    const { document, rows } = await stored({ url: `${base}/pendek` }, LOCAL);
    expect(document).toMatchObject({ title: "Kim Jong Un Undang Putin ke Korea Utara", originKind: "url", originRef: `${base}/berita` });
    expect(rows.find((r) => r[1])).toEqual(["body", "TEMPO.CO, Jakarta - ", expect.stringMatching(/^Pemimpin Korea Utara/)]);
  });

  const zipBomb = makeZip([{ name: "word/document.xml", data: new Uint8Array(30 * 1024 * 1024) }]);
  it.each<[string, ImportInput, ImportOptions | undefined, string]>([
    ["empty text", { text: "   " }, undefined, "emptyText"],
    ["a binary file", { file: { name: "a.txt", bytes: new Uint8Array([1, 0, 2]) } }, undefined, "notText"],
    ["another file type", { file: { name: "a.pdf", bytes: new Uint8Array([37, 80]) } }, undefined, "unsupportedFileType"],
    ["a PDF named .txt", { file: { name: "a.txt", bytes: encode("%PDF-1.4\n") } }, undefined, "fileContentMismatch"],
    ["a .docx that is not a ZIP", { file: { name: "a.docx", bytes: encode("halo") } }, undefined, "docxNotZip"],
    ["a zip bomb named .docx", { file: { name: "bom.docx", bytes: zipBomb } }, undefined, "docxSuspicious"],
    ["an oversize file", { file: { name: "besar.docx", bytes: new Uint8Array(5 * 1024 * 1024 + 1) } }, undefined, "fileTooLarge"],
    ["a page with no text", { file: { name: "a.html", bytes: encode("<html><body><script>x()</script></body></html>") } }, undefined, "noTextFound"],
    ["an unknown format", { text: "Halo", format: "pdf" }, undefined, "unknownFormat"],
    ["pasted text as DOCX", { text: "Halo", format: "docx" }, undefined, "formatNotForText"],
    ["a URL with a non-HTML format", { url: "https://example.com/", format: "md" }, undefined, "formatNotForUrl"],
    ["a private URL with the setting off", { url: "http://127.0.0.1:9/" }, { fetch: { allowPrivate: false } }, "urlPrivateAddress"],
    ["an unreachable server", { url: "http://127.0.0.1:9/tidak-ada" }, LOCAL, "urlFetchFailed"],
    ["an over-long title", { text: "Isi.", title: "x".repeat(301) }, undefined, "titleTooLong"],
  ])("refuses %s and stores nothing", async (_name, input, options, code) => {
    const paragraphs = await db.paragraph.count();
    const documents = await db.document.count();
    await expect(importDocument(db, input, options)).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
    expect(await db.paragraph.count()).toBe(paragraphs);
    expect(await db.document.count()).toBe(documents);
  });

  it("lists documents newest first with progress", async () => {
    const list = await listDocuments(db);
    expect(list[0].progress.paragraphs).toBeGreaterThan(0);
    expect(list.map((d) => d.title)).toContain("Berita");
  });
});
