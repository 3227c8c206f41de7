import { describe, expect, it } from "vitest";
import { docxAsHtml, elementText, zipEntryText } from "./__fixtures__/read-docx";
import { EXPORTED_AT, sampleDocument, shown } from "./__fixtures__/sample-document";
import { toDocx } from "./to-docx";

const document = sampleDocument();

describe("toDocx", () => {
  it("writes a title, the metadata line and one table row per paragraph, every text exact", async () => {
    const html = await docxAsHtml(await toDocx(document, { exportedAt: EXPORTED_AT }));
    const paragraphs = Array.from(html.querySelectorAll("body > p")).map((p) => p.textContent);
    expect(paragraphs).toEqual([document.title, "Source: https://example.com/berita?a=1&b=2 · Indonesian → English (US) · Exported 2026-11-29 · 4 of 10 paragraphs reviewed (40%)"]);
    const rows = Array.from(html.querySelectorAll("tr")).map((tr) => Array.from(tr.querySelectorAll("td, th")).map(elementText));
    expect(rows[0]).toEqual(["Indonesian (id)", "English (en-US)"]);
    expect(rows.slice(1)).toEqual(document.paragraphs.map((p) => [shown(p.sourceText, p.dateline), p.targetText ? shown(p.targetText, p.dateline) : ""]));
  });

  it("repeats the header row on each page, keeps rows whole and styles headings and datelines", async () => {
    const xml = await zipEntryText(await toDocx(document, { exportedAt: EXPORTED_AT }), "word/document.xml");
    const rows = xml.split("<w:tr>").slice(1);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.slice(1).every((row) => row.includes("<w:cantSplit/>") && !row.includes("<w:tblHeader/>"))).toBe(true);
    expect(rows[3]).toContain('<w:pStyle w:val="KindHeading"/>');
    expect(rows[2]).toMatch(/<w:b\/>.*TEMPO\.CO, Jakarta - <\/w:t>/);
  });

  it("marks unreviewed English in grey italics, or leaves it out", async () => {
    const marked = await zipEntryText(await toDocx(document, { content: "reviewed-only", unreviewed: "mark" }), "word/document.xml");
    const machineRow = marked.split("<w:tr>")[3];
    expect(machineRow).toMatch(/<w:i\/>.*<w:color w:val="767676"\/>.*The government raised prices/);
    const omitted = await docxAsHtml(await toDocx(document, { content: "reviewed-only", unreviewed: "omit" }));
    const english = Array.from(omitted.querySelectorAll("tr")).slice(1).map((tr) => elementText(tr.querySelectorAll("td")[1]));
    expect(english).toEqual(document.paragraphs.map((p) => (p.status === "reviewed" ? shown(p.targetText ?? "", p.dateline) : "")));
  });

  it("interleaves each Indonesian paragraph with its English in another style", async () => {
    const bytes = await toDocx(document, { layout: "interleaved", exportedAt: EXPORTED_AT });
    const html = await docxAsHtml(bytes);
    expect(html.querySelector("table")).toBeNull();
    const texts = Array.from(html.querySelectorAll("p")).slice(2).map(elementText);
    expect(texts).toEqual(document.paragraphs.flatMap((p) => [shown(p.sourceText, p.dateline), ...(p.targetText ? [shown(p.targetText, p.dateline)] : [])]));
    expect((await zipEntryText(bytes, "word/document.xml")).match(/<w:pStyle w:val="English"\/>/g)).toHaveLength(9);
  });
});
