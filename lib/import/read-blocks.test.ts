import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readBlocks } from "./read-blocks";

function read(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return readBlocks(document.body);
}

const rows = (html: string) => read(html).paragraphs.map((p) => [p.kind, p.sourceText]);

describe("readBlocks", () => {
  it("reads blocks in order with their kinds, an opening h1 as the title", () => {
    expect(rows("<h1>Judul</h1><p>Satu <b>tebal</b> dan <a href='#'>tautan</a>.</p><h2>Bagian</h2><blockquote><p>Kutipan</p></blockquote><h1>Lagi</h1>")).toEqual([
      ["title", "Judul"],
      ["body", "Satu tebal dan tautan."],
      ["heading", "Bagian"],
      ["quote", "Kutipan"],
      ["heading", "Lagi"],
    ]);
  });

  it("does not call an h1 the title when text comes before it", () => {
    expect(rows("<p>Pembuka</p><h1>Judul</h1>")).toEqual([
      ["body", "Pembuka"],
      ["heading", "Judul"],
    ]);
  });

  it("keeps list markers, counting from an ordered list's start", () => {
    expect(rows("<ul><li>Apel</li><li><p>Jeruk</p><p>manis</p></li></ul><ol start='3'><li>Tiga<ol><li>Sub</li></ol></li><li>Empat</li></ol>")).toEqual([
      ["list-item", "- Apel"],
      ["list-item", "- Jeruk"],
      ["list-item", "manis"],
      ["list-item", "3. Tiga"],
      ["list-item", "1. Sub"],
      ["list-item", "4. Empat"],
    ]);
  });

  it("reads table cells as paragraphs, row by row", () => {
    expect(rows("<table><tr><th>Kota</th><th>Suhu</th></tr><tr><td><p>Jakarta</p></td><td>33,5</td></tr><tr><td></td><td>x</td></tr></table>")).toEqual([
      ["body", "Kota"],
      ["body", "Suhu"],
      ["body", "Jakarta"],
      ["body", "33,5"],
      ["body", "x"],
    ]);
  });

  it("splits on a double line break, joins a single one, and collapses whitespace", () => {
    expect(rows("<div>Satu\n  baris<br>lanjut<br><br>Dua&nbsp;&nbsp;paragraf</div>")).toEqual([
      ["body", "Satu baris lanjut"],
      ["body", "Dua paragraf"],
    ]);
  });

  it("reads loose text between blocks as its own paragraph", () => {
    expect(rows("<div>Baca juga: <a href='/x'>Harga naik</a><p>Isi</p>Ekor</div>")).toEqual([
      ["body", "Baca juga: Harga naik"],
      ["body", "Isi"],
      ["body", "Ekor"],
    ]);
  });

  it("drops scripts, navigation and forms, and counts images and code blocks", () => {
    const result = read("<nav><a>Beranda</a></nav><script>var x = 1;</script><style>p{}</style><p>Teks <img src='a.png'></p><figure><img src='b.png'><figcaption>Foto: ANTARA</figcaption></figure><pre><code>npm i</code></pre><form><input value='Cari'></form><footer>Hak cipta</footer>");
    expect(result.paragraphs.map((p) => p.sourceText)).toEqual(["Teks", "Foto: ANTARA"]);
    expect(result).toMatchObject({ images: 2, codeBlocks: 1 });
  });
});
