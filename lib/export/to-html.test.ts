import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { EXPORTED_AT, sampleDocument, shown } from "./__fixtures__/sample-document";
import { toHtml } from "./to-html";

const document = sampleDocument();

function page(html: string): Document {
  return parseHTML(html).document;
}

describe("toHtml", () => {
  it("shows every paragraph side by side, text exact, languages marked", () => {
    const dom = page(toHtml(document, { exportedAt: EXPORTED_AT }));
    expect(dom.querySelector("title")?.textContent).toBe(document.title);
    expect(dom.querySelector("h1")?.textContent).toBe(document.title);
    const rows = Array.from(dom.querySelectorAll("tbody tr"));
    expect(rows.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent))).toEqual(
      document.paragraphs.map((p) => [shown(p.sourceText, p.dateline), p.targetText ? shown(p.targetText, p.dateline) : ""]),
    );
    expect(rows.every((tr) => tr.querySelector("td")?.getAttribute("lang") === "id" && tr.querySelectorAll("td")[1].getAttribute("lang") === "en-US")).toBe(true);
    expect(rows[1].querySelector(".dateline")?.textContent).toBe("TEMPO.CO, Jakarta - ");
    expect(rows[2].className).toBe("k-heading");
  });

  it("is self-contained and prints to A4 with whole rows and a repeated header", () => {
    const html = toHtml(document, { exportedAt: EXPORTED_AT });
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/tr, \.pair \{ break-inside: avoid;/);
  });

  it("marks unreviewed English, or leaves it out", () => {
    const marked = page(toHtml(document, { content: "reviewed-only", unreviewed: "mark" }));
    const englishCells = Array.from(marked.querySelectorAll("tbody tr")).map((tr) => tr.querySelectorAll("td")[1]);
    expect(englishCells.map((td) => td.classList.contains("unreviewed"))).toEqual(document.paragraphs.map((p) => p.targetText !== null && p.status !== "reviewed"));
    const omitted = page(toHtml(document, { content: "reviewed-only", unreviewed: "omit" }));
    expect(Array.from(omitted.querySelectorAll("tbody tr")).map((tr) => tr.querySelectorAll("td")[1].textContent)).toEqual(
      document.paragraphs.map((p) => (p.status === "reviewed" ? shown(p.targetText ?? "", p.dateline) : "")),
    );
  });

  it("interleaves paragraphs with their English", () => {
    const dom = page(toHtml(document, { layout: "interleaved" }));
    const pairs = Array.from(dom.querySelectorAll("section.pair"));
    expect(pairs.map((s) => Array.from(s.querySelectorAll("p")).map((p) => p.textContent))).toEqual(
      document.paragraphs.map((p) => [shown(p.sourceText, p.dateline), ...(p.targetText ? [shown(p.targetText, p.dateline)] : [])]),
    );
  });
});
