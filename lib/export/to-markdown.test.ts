import { parseHTML } from "linkedom";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { elementText } from "./__fixtures__/read-docx";
import { EXPORTED_AT, sampleDocument, shown } from "./__fixtures__/sample-document";
import { escapeMarkdownLine } from "./markdown-escape";
import { toMarkdown } from "./to-markdown";

const document = sampleDocument();

/** Markdown rendered by a real Markdown parser (marked, GFM), ready to query. */
function rendered(markdown: string): Document {
  return parseHTML(`<!DOCTYPE html><html><body>${marked.parse(markdown, { async: false, gfm: true })}</body></html>`).document;
}

/** Markdown cannot show a line's leading or trailing spaces; everything else must come back exactly. */
function readable(text: string, dateline: string | null = null): string {
  return shown(text, dateline)
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
}

describe("escapeMarkdownLine", () => {
  it.each([
    ["# heading", "\\# heading"],
    ["> quote", "\\> quote"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["12. item", "12\\. item"],
    ["3) item", "3\\) item"],
    ["a | b \\ c", "a \\| b \\\\ c"],
    ["*x* _y_ `z` [l](u) <b> ~s~ &amp; & ok", "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\~s\\~ \\&amp; & ok"],
    ["=== ", "\\==="],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });
});

describe("toMarkdown", () => {
  it("writes a pipe table that a Markdown parser reads back exactly", () => {
    const dom = rendered(toMarkdown(document, { exportedAt: EXPORTED_AT }));
    expect(dom.querySelector("h1")?.textContent).toBe(document.title);
    const rows = Array.from(dom.querySelectorAll("tbody tr")).map((tr) => Array.from(tr.querySelectorAll("td")).map(elementText));
    expect(rows).toEqual(document.paragraphs.map((p) => [readable(p.sourceText, p.dateline), p.targetText ? readable(p.targetText, p.dateline) : ""]));
    expect(dom.querySelectorAll("tbody tr")[2].querySelector("strong")?.textContent).toBe("# Bukan judul #");
  });

  it("interleaves with the English as block quotes, unreviewed English in italics", () => {
    const dom = rendered(toMarkdown(document, { layout: "interleaved", content: "reviewed-only", exportedAt: EXPORTED_AT }));
    const quotes = Array.from(dom.querySelectorAll("blockquote"));
    const withEnglish = document.paragraphs.filter((p) => p.targetText);
    expect(quotes.map(elementText).map((t) => t.trim())).toEqual(withEnglish.map((p) => readable(p.targetText ?? "", p.dateline)));
    expect(quotes.map((q) => q.querySelector(":scope > p > em") !== null)).toEqual(withEnglish.map((p) => p.status !== "reviewed"));
    const sources = Array.from(dom.querySelectorAll("body > p")).slice(1).map(elementText);
    expect(sources).toEqual(document.paragraphs.map((p) => readable(p.sourceText, p.dateline)));
  });

  it("leaves unreviewed English out when asked", () => {
    const dom = rendered(toMarkdown(document, { content: "reviewed-only", unreviewed: "omit" }));
    const english = Array.from(dom.querySelectorAll("tbody tr")).map((tr) => elementText(tr.querySelectorAll("td")[1]));
    expect(english).toEqual(document.paragraphs.map((p) => (p.status === "reviewed" ? readable(p.targetText ?? "", p.dateline) : "")));
  });
});
