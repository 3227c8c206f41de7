import type { BilingualDocument } from "@/lib/bilingual/types";
import { metadataLine } from "./metadata";
import { resolveOptions, type ExportOptions } from "./options";
import { displayRows, type DisplayRow } from "./rows";
import { xmlSafe } from "./xml";

// Cells keep line breaks and spaces (pre-wrap), rows never break across pages, the header row repeats on every
// printed page; the Content-Security-Policy below forbids loading anything, so the file never makes a request.
const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
.meta { color: #5f5f5f; font: 9pt/1.4 system-ui, sans-serif; margin: 0 0 1.2rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #d0d0d0; padding: .35rem .5rem; vertical-align: top; text-align: start; white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #f2f2f2; font: 600 9pt system-ui, sans-serif; }
.pair { margin: 0 0 1rem; }
.pair p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.pair .en { color: #1f4e79; margin: .2rem 0 0 1.5rem; }
.dateline { font-weight: 700; }
.unreviewed { color: #767676; font-style: italic; }
.k-title { font-weight: 700; font-size: 1.15em; }
.k-heading { font-weight: 700; }
.k-quote { font-style: italic; }
.k-credit, .k-related { color: #5f5f5f; font-size: .9em; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr, .pair { break-inside: avoid; page-break-inside: avoid; }
  h1 { break-after: avoid; }
}`;

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escaped for text and attribute values alike; line breaks stay literal, the pre-wrap cells show them. */
function text(value: string): string {
  return xmlSafe(value).replace(/\r\n?/g, "\n").replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

function side(row: DisplayRow, value: string): string {
  return row.dateline ? `<span class="dateline">${text(row.dateline)}</span>${text(value)}` : text(value);
}

function englishAttrs(row: DisplayRow, lang: string): string {
  return `lang="${lang}" dir="auto"${row.unreviewed ? ` class="unreviewed" title="Not reviewed yet"` : ""}`;
}

function tableLayout(rows: DisplayRow[], lang: string): string {
  const body = rows.map((row) => {
    const english = row.english === null ? "" : side(row, row.english);
    return `<tr class="k-${row.kind}"><td lang="id" dir="auto">${side(row, row.source)}</td><td ${englishAttrs(row, lang)}>${english}</td></tr>`;
  });
  return `<table>\n<colgroup><col><col></colgroup>\n<thead><tr><th lang="id">Indonesian (id)</th><th>English (${lang})</th></tr></thead>\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
}

function interleavedLayout(rows: DisplayRow[], lang: string): string {
  return rows
    .map((row) => {
      const english = row.english === null ? "" : `<p class="en" ${englishAttrs(row, lang)}>${side(row, row.english)}</p>`;
      return `<section class="pair k-${row.kind}"><p lang="id" dir="auto">${side(row, row.source)}</p>${english}</section>`;
    })
    .join("\n");
}

/** One self-contained HTML page (inline CSS, no external requests) that prints to a clean A4 PDF. */
export function toHtml(document: BilingualDocument, options: ExportOptions = {}): string {
  const resolved = resolveOptions(options);
  const rows = displayRows(document, resolved);
  const lang = text(document.targetLang);
  const body = resolved.layout === "table" ? tableLayout(rows, lang) : interleavedLayout(rows, lang);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Selaras">
<title>${text(document.title)}</title>
<style>${CSS}
</style>
</head>
<body>
<h1 lang="id" dir="auto">${text(document.title)}</h1>
<p class="meta">${text(metadataLine(document, resolved.exportedAt))}</p>
${body}
</body>
</html>
`;
}
