import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { markNewsStructure } from "@/lib/segment/news-structure";
import { parseHtml } from "./parse-html";

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function read(name: string) {
  const parsed = parseHtml(fixture(name));
  const paragraphs = markNewsStructure(parsed.paragraphs);
  return { ...parsed, paragraphs, text: paragraphs.map((p) => p.sourceText).join("\n") };
}

// Text that must never reach the document: navigation, ads, scripts, sidebars, footers, comments.
const FURNITURE = [
  "Nasional", "Beranda", "Cari berita", "ADVERTISEMENT", "Advertisement", "Iklan", "Promo akhir tahun", "pinjaman cepat",
  "dataLayer", "gpt.js", "Terpopuler", "Trending", "Hak cipta", "Copyright", "Komentar", "Facebook", "Bagikan",
  "Tag:", "Artikel terkait", "Berita Terkait", "Pasang iklan", "detik.track", "Kebijakan Privasi", "09:15 WIB",
];

describe("parseHtml on news pages", () => {
  it.each(["tempo-style.html", "kompas-style.html", "detik-style.html"])("drops page furniture from %s", (name) => {
    const { text } = read(name);
    for (const junk of FURNITURE) expect(text).not.toContain(junk);
  });

  it("reads a Tempo-style article: title, byline, caption, dateline, related lines and credit", () => {
    const { title, paragraphs } = read("tempo-style.html");
    expect(title).toBe("Kim Jong Un Undang Putin ke Korea Utara");
    expect(paragraphs.map((p) => [p.kind, p.dateline ?? "", p.sourceText.slice(0, 40)])).toEqual([
      ["title", "", "Kim Jong Un Undang Putin ke Korea Utara"],
      ["credit", "", "Tempo"],
      ["body", "", "Pemimpin Korea Utara Kim Jong Un dan Pre"],
      ["body", "TEMPO.CO, Jakarta - ", "Pemimpin Korea Utara Kim Jong Un mengund"],
      ["body", "", "Putin menerima undangan tersebut, kata k"],
      ["body", "", "Kim mengatakan kepada Putin bahwa pertem"],
      ["related", "", "Baca juga: Kim Jong Un Tiba di Rusia den"],
      ["body", "", "“Di akhir resepsi, Kim Jong Un dengan so"],
      ["body", "", "Amerika Serikat telah memperingatkan bah"],
      ["credit", "", "REUTERS"],
      ["related", "", "Pilihan Editor: Biden Ingin Bertemu Xi J"],
    ]);
  });

  it("reads a Kompas-style article: headline over a noisy <title>, headings, list items; the Baca juga box dropped", () => {
    const { title, paragraphs, text } = read("kompas-style.html");
    expect(title).toBe("Harga Beras di Jakarta Naik, Warga Mengeluh");
    expect(paragraphs[0]).toEqual({ kind: "title", sourceText: title });
    expect(paragraphs[1]).toMatchObject({ kind: "body", dateline: "JAKARTA, KOMPAS.com - " });
    expect(paragraphs.filter((p) => p.kind === "heading").map((p) => p.sourceText)).toEqual(["Operasi pasar"]);
    expect(paragraphs.filter((p) => p.kind === "list-item").map((p) => p.sourceText)).toEqual([
      "- menjual beras SPHP seharga Rp 10.900 per kilogram;",
      "- membatasi pembelian paling banyak 10 kilogram per orang;",
      "- menambah pasokan ke pasar induk Cipinang.",
    ]);
    expect(text).not.toContain("Baca juga");
    expect(paragraphs.at(-1)?.sourceText).toBe("Kepala Bulog mengatakan stok beras nasional saat ini masih aman hingga akhir tahun.");
  });

  it("reads a Detik-style article written with <br><br> instead of paragraphs", () => {
    const { title, paragraphs } = read("detik-style.html");
    expect(title).toBe("Gempa M 5,6 Guncang Cianjur, Warga Berhamburan ke Luar Rumah");
    expect(paragraphs.map((p) => [p.kind, p.sourceText.slice(0, 30)])).toEqual([
      ["title", "Gempa M 5,6 Guncang Cianjur, W"],
      ["credit", "Andi Saputra"],
      ["body", "Cianjur - Gempa bermagnitudo 5"],
      ["body", "Badan Meteorologi, Klimatologi"],
      ["body", "\"Kami masih mendata kerusakan."],
      ["body", "Warga diminta tetap tenang dan"],
      ["credit", "(asp/imk)"],
    ]);
  });
});

describe("parseHtml on other pages", () => {
  it("reads a page without an article whole, still without its scripts", () => {
    const parsed = parseHtml("<html><head><title>Catatan</title><script>x()</script></head><body><p>Satu.</p><p>Dua.</p></body></html>");
    expect(parsed.title).toBe("Catatan");
    expect(parsed.paragraphs.map((p) => p.sourceText)).toEqual(["Catatan", "Satu.", "Dua."]);
  });

  it("keeps a headline Readability left in the body only once", () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `<p>Kalimat panjang nomor ${i + 1} dalam berita ini, cukup panjang untuk dianggap isi artikel yang sebenarnya.</p>`);
    const parsed = parseHtml(`<html><head><title>Judul Lain</title></head><body><article><h2>Judul Lain</h2>${sentences.join("")}</article></body></html>`);
    expect(parsed.paragraphs.filter((p) => p.sourceText === "Judul Lain")).toHaveLength(1);
    expect(parsed.paragraphs[0]).toEqual({ kind: "title", sourceText: "Judul Lain" });
  });

  it("keeps marked words inside a sentence while dropping marked boxes", () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>Kalimat panjang nomor ${i + 1} dalam berita ini, cukup panjang untuk dianggap isi artikel.</p>`).join("");
    const page = `<html><body><article><p>Rapat digelar <span class="date">Senin</span> di Jakarta.</p><div class="date">Senin, 2 Oktober 2023</div>${body}</article></body></html>`;
    const texts = parseHtml(page).paragraphs.map((p) => p.sourceText);
    expect(texts).toContain("Rapat digelar Senin di Jakarta.");
    expect(texts).not.toContain("Senin, 2 Oktober 2023");
  });

  it("does not take a logo in an h1 for the headline", () => {
    const body = Array.from({ length: 12 }, (_, i) => `<p>Kalimat panjang nomor ${i + 1} dalam berita ini, cukup panjang untuk dianggap isi artikel.</p>`).join("");
    const page = `<html><head><title>Harga Beras Naik Lagi di Pasar Induk | Tempo</title></head><body><h1 class="logo">Tempo</h1><article>${body}</article></body></html>`;
    expect(parseHtml(page).title).toBe("Harga Beras Naik Lagi di Pasar Induk");
  });

  it("titles a page too large for Readability by its <title>", () => {
    const page = `<html><head><title>Arsip Panjang</title></head><body><h1 class="logo">Situs</h1>${"<div>Baris arsip.</div>".repeat(25_000)}</body></html>`;
    const parsed = parseHtml(page);
    expect(parsed.title).toBe("Arsip Panjang");
    expect(parsed.paragraphs).toHaveLength(25_002);
    expect(parsed.paragraphs.slice(0, 3).map((p) => [p.kind, p.sourceText])).toEqual([
      ["title", "Arsip Panjang"],
      ["heading", "Situs"],
      ["body", "Baris arsip."],
    ]);
  });

  it("finds nothing in a page of scripts only", () => {
    expect(parseHtml("<html><body><script>alert(1)</script><nav><a>Menu</a></nav></body></html>").paragraphs).toEqual([]);
  });
});
