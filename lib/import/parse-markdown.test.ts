import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse-markdown";

const rows = (markdown: string) => parseMarkdown(markdown).paragraphs.map((p) => [p.kind, p.sourceText]);

const ARTICLE = `# Kim Jong Un *Undang* Putin

TEMPO.CO, Jakarta - Pemimpin **Korea Utara** Kim Jong Un mengundang [Presiden Rusia](https://example.com/putin "Putin") Vladimir Putin.
Baris yang dibungkus tetap satu paragraf.

## Latar belakang

> “Di akhir resepsi, Kim Jong Un dengan sopan mengundang Putin,” kata KCNA.
>
> Kutipan kedua.

- Butir pertama dengan \`kode\`
- Butir kedua ![foto](foto.png)
  - Butir bersarang

3. Tiga
4. Empat

\`\`\`js
console.log("bukan prosa");
\`\`\`

| Kota | Suhu |
|------|------|
| Jakarta | 33,5 |

Harga &amp; kualitas\\* tetap.

REUTERS
`;

describe("parseMarkdown", () => {
  it("reads headings, paragraphs, quotes, list items and table cells, with inline syntax reduced to text", () => {
    expect(rows(ARTICLE)).toEqual([
      ["title", "Kim Jong Un Undang Putin"],
      ["body", "TEMPO.CO, Jakarta - Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin. Baris yang dibungkus tetap satu paragraf."],
      ["heading", "Latar belakang"],
      ["quote", "“Di akhir resepsi, Kim Jong Un dengan sopan mengundang Putin,” kata KCNA."],
      ["quote", "Kutipan kedua."],
      ["list-item", "- Butir pertama dengan kode"],
      ["list-item", "- Butir kedua"],
      ["list-item", "- Butir bersarang"],
      ["list-item", "3. Tiga"],
      ["list-item", "4. Empat"],
      ["body", "Kota"],
      ["body", "Suhu"],
      ["body", "Jakarta"],
      ["body", "33,5"],
      ["body", "Harga & kualitas* tetap."],
      ["body", "REUTERS"],
    ]);
  });

  it("takes the leading h1 as the title and reports what it left out", () => {
    const parsed = parseMarkdown(ARTICLE);
    expect(parsed.title).toBe("Kim Jong Un Undang Putin");
    expect(parsed.notices).toEqual([
      { code: "imagesIgnored", count: 1 },
      { code: "codeBlocksDropped", count: 1 },
    ]);
  });

  it("has no title when the text does not open with an h1", () => {
    expect(parseMarkdown("Pembuka.\n\n# Judul").title).toBeUndefined();
    expect(parseMarkdown("## Sub\n\nTeks").title).toBeUndefined();
  });

  it("reads a front-matter title and leaves the front matter out", () => {
    const parsed = parseMarkdown('---\ntitle: "Catatan Rapat"\ntanggal: 2023-09-14\n---\n\nIsi catatan.');
    expect(parsed.title).toBe("Catatan Rapat");
    expect(parsed.paragraphs).toEqual([{ kind: "body", sourceText: "Isi catatan." }]);
  });

  it("keeps text of raw HTML but never its scripts", () => {
    expect(rows("<div>Teks <b>HTML</b></div>\n\n<script>alert(1)</script>\n\nAkhir.")).toEqual([
      ["body", "Teks HTML"],
      ["body", "Akhir."],
    ]);
  });
});
