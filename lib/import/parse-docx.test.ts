import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { parseDocx } from "./parse-docx";
import { makeZip } from "./fixtures/make-zip";
import { TINY_PNG } from "./fixtures/tiny-png";

async function articleDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    styles: { paragraphStyles: [{ id: "Quote", name: "Quote", basedOn: "Normal", run: { italics: true } }] },
    numbering: { config: [{ reference: "angka", levels: [{ level: 0, format: "decimal", text: "%1.", alignment: "left" }] }] },
    comments: { children: [{ id: 0, author: "Redaktur", date: new Date(0), children: [new Paragraph("Periksa angka ini")] }] },
    footnotes: { 1: { children: [new Paragraph("Menurut data BPS.")] } },
    sections: [
      {
        children: [
          new Paragraph({ text: "Harga Beras Naik", heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun("KOMPAS.com - Harga beras "),
              new TextRun({ text: "naik", bold: true }),
              new CommentRangeStart(0),
              new TextRun(" 10 persen"),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new FootnoteReferenceRun(1),
              new TextRun(" bulan ini."),
            ],
          }),
          new Paragraph({ text: "Penyebab", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: "Gagal panen", bullet: { level: 0 } }),
          new Paragraph({ text: "Ongkos angkut", bullet: { level: 0 } }),
          new Paragraph({ text: "Langkah pertama", numbering: { reference: "angka", level: 0 } }),
          new Paragraph({ text: "Langkah kedua", numbering: { reference: "angka", level: 0 } }),
          new Table({ rows: [new TableRow({ children: [cell("Kota"), cell("Harga")] }), new TableRow({ children: [cell("Jakarta"), cell("Rp 15.000")] })] }),
          new Paragraph({ children: [new ImageRun({ type: "png", data: TINY_PNG, transformation: { width: 10, height: 10 } })] }),
          new Paragraph({ text: "“Kami kewalahan,” kata pedagang.", style: "Quote" }),
          new Paragraph("ANTARA"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe("parseDocx", () => {
  it("reads the title, paragraphs, headings, list items, table cells and quotes in reading order", async () => {
    const parsed = await parseDocx(await articleDocx());
    expect(parsed.paragraphs.map((p) => [p.kind, p.sourceText])).toEqual([
      ["title", "Harga Beras Naik"],
      ["body", "KOMPAS.com - Harga beras naik 10 persen bulan ini."],
      ["heading", "Penyebab"],
      ["list-item", "- Gagal panen"],
      ["list-item", "- Ongkos angkut"],
      ["list-item", "1. Langkah pertama"],
      ["list-item", "2. Langkah kedua"],
      ["body", "Kota"],
      ["body", "Harga"],
      ["body", "Jakarta"],
      ["body", "Rp 15.000"],
      ["quote", "“Kami kewalahan,” kata pedagang."],
      ["body", "ANTARA"],
      ["list-item", "1. Menurut data BPS."],
    ]);
    expect(parsed.title).toBe("Harga Beras Naik");
  });

  it("ignores images and comments with notices", async () => {
    expect((await parseDocx(await articleDocx())).notices).toEqual([
      { code: "imagesIgnored", count: 1 },
      { code: "commentsIgnored", count: 1 },
    ]);
  });

  it("refuses a zip bomb before converting it", async () => {
    const bomb = makeZip([{ name: "word/document.xml", data: new Uint8Array(30 * 1024 * 1024) }]);
    expect((await refusal(() => parseDocx(bomb))).code).toBe("docxSuspicious");
  });

  it("refuses an archive mammoth cannot read as a document", async () => {
    expect((await refusal(() => parseDocx(makeZip([{ name: "word/document.xml", data: "bukan xml" }])))).code).toBe("docxInvalid");
  });
});
