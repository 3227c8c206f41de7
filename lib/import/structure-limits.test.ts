import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { parseHtml } from "./parse-html";
import { parseMarkdown } from "./parse-markdown";
import { checkHtmlShape, checkMarkdownShape, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_LIST_ITEM_CHARS, MAX_LIST_ITEM_LINES, MAX_MARKDOWN_NESTING } from "./structure-limits";

const nested = (depth: number, inner = "<p>Teks.</p>") => `<html><body>${"<div>".repeat(depth)}${inner}${"</div>".repeat(depth)}</body></html>`;

async function refusedQuickly(run: () => unknown): Promise<string> {
  const started = performance.now();
  const { code } = await refusal(run);
  expect(performance.now() - started).toBeLessThan(1_000);
  return code;
}

describe("checkHtmlShape", () => {
  it("counts elements, void ones included", () => {
    expect(checkHtmlShape("<!doctype html><html><body><p>a<br>b</p><img src=x><!-- <div> --></body></html>")).toEqual({ elements: 5 });
  });

  it("refuses more elements than the limit", async () => {
    expect(await refusedQuickly(() => parseHtml(`<body>${"<p>a</p>".repeat(MAX_HTML_ELEMENTS)}</body>`))).toBe("documentTooComplex");
  });

  it("accepts real pages and nesting up to the limit", () => {
    for (const name of ["tempo-style.html", "kompas-style.html", "detik-style.html"]) {
      expect(() => checkHtmlShape(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"))).not.toThrow();
    }
    expect(() => checkHtmlShape(nested(MAX_HTML_DEPTH - 2))).not.toThrow();
  });

  it("does not count void elements, unclosed paragraphs and list items, or tags inside scripts and comments", () => {
    const many = (text: string) => text.repeat(MAX_HTML_DEPTH * 2);
    expect(() => checkHtmlShape(`<body>${many("<p>a<br><img src=x><li>b<td>c<svg/>")}</body>`)).not.toThrow();
    expect(() => checkHtmlShape(`<script>${many("<div>")}</script><!-- ${many("<div>")} --><p>ok</p>`)).not.toThrow();
  });

  it("refuses deep nesting before any parser runs, even 1 MB of it", async () => {
    expect(await refusedQuickly(() => checkHtmlShape(nested(MAX_HTML_DEPTH + 1)))).toBe("documentTooComplex");
    expect(await refusedQuickly(() => parseHtml(nested(200_000)))).toBe("documentTooComplex");
    expect(await refusedQuickly(() => parseHtml("<DIV>".repeat(1_000)))).toBe("documentTooComplex");
  });
});

describe("checkMarkdownShape", () => {
  it("accepts ordinary nesting, long lists and decorative rules, and marked reads the largest item allowed quickly", () => {
    const list = Array.from({ length: 5_000 }, (_, i) => `${i + 1}. Butir`).join("\n");
    const nestedList = Array.from({ length: 10 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
    const item = `- Butir\n${`  ${"x".repeat(MAX_LIST_ITEM_CHARS / MAX_LIST_ITEM_LINES - 4)}\n`.repeat(MAX_LIST_ITEM_LINES)}`;
    for (const markdown of [list, nestedList, item, `> > > kutipan\n\n${"* ".repeat(60)}`, "# Judul\n\nParagraf.\n".repeat(1_000)]) {
      expect(() => checkMarkdownShape(markdown)).not.toThrow();
    }
    const started = performance.now();
    expect(parseMarkdown(item).paragraphs).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it.each([
    ["nested list markers on one line", `${"- ".repeat(MAX_MARKDOWN_NESTING + 1)}a`],
    ["nested list markers joined by tabs", `${"-\t".repeat(5_000)}a`],
    ["nested quote markers", `${">".repeat(MAX_MARKDOWN_NESTING + 1)} a`],
    ["a list nested by indentation", Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- a`).join("\n")],
    ["an endless list item", `- a\n${"  lanjutan\n".repeat(MAX_LIST_ITEM_LINES + 1)}`],
    ["an endless list item of lazy lines", `- a\n${"lanjutan\n".repeat(200_000)}`],
    ["a list item of a few huge lines", `- a\n${`  ${"kata ".repeat(MAX_LIST_ITEM_CHARS / 5)}\n`.repeat(60)}`],
  ])("refuses %s before marked runs", async (_name, markdown) => {
    expect(await refusedQuickly(() => parseMarkdown(markdown))).toBe("documentTooComplex");
  });
});
