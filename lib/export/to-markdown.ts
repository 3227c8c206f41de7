import type { BilingualDocument } from "@/lib/bilingual/types";
import { emphasize, escapeMarkdownLine, escapeMarkdownLines } from "./markdown-escape";
import { metadataLine } from "./metadata";
import { resolveOptions, type ExportOptions } from "./options";
import { displayRows, type DisplayRow } from "./rows";

/** Joins escaped lines: `<br>` inside a table cell, a backslash hard break elsewhere. */
type LineJoiner = (lines: string[]) => string;
const inCell: LineJoiner = (lines) => lines.join("<br>");
const inBlock: LineJoiner = (lines) => lines.join("\\\n");

function side(row: DisplayRow, text: string, unreviewed: boolean, join: LineJoiner): string {
  const dateline = row.dateline ? `${emphasize(escapeMarkdownLine(row.dateline), "**")} ` : "";
  let body = join(escapeMarkdownLines(text));
  if (row.kind === "title" || row.kind === "heading") body = emphasize(body, "**");
  return unreviewed ? emphasize(dateline + body, "*") : dateline + body;
}

function tableLayout(rows: DisplayRow[], lang: string): string {
  const lines = rows.map((row) => {
    const english = row.english === null ? "" : side(row, row.english, row.unreviewed, inCell);
    return `| ${side(row, row.source, false, inCell)} | ${english} |`;
  });
  return [`| Indonesian (id) | English (${lang}) |`, "| --- | --- |", ...lines].join("\n");
}

function quoted(block: string): string {
  return block
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

function interleavedLayout(rows: DisplayRow[]): string {
  return rows
    .map((row) => {
      const source = side(row, row.source, false, inBlock);
      return row.english === null ? source : `${source}\n\n${quoted(side(row, row.english, row.unreviewed, inBlock))}`;
    })
    .join("\n\n");
}

/** GitHub-flavoured Markdown: a two-column pipe table, or each Indonesian paragraph followed by its English as a block quote. */
export function toMarkdown(document: BilingualDocument, options: ExportOptions = {}): string {
  const resolved = resolveOptions(options);
  const rows = displayRows(document, resolved);
  const body = resolved.layout === "table" ? tableLayout(rows, document.targetLang) : interleavedLayout(rows);
  const title = escapeMarkdownLines(document.title).join(" ");
  return `# ${title}\n\n${escapeMarkdownLine(metadataLine(document, resolved.exportedAt))}\n\n${body}\n`;
}
