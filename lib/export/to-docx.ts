import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IStylesOptions } from "docx";
import type { BilingualDocument, ParagraphKind } from "@/lib/bilingual/types";
import { metadataLine } from "./metadata";
import { resolveOptions, type ExportOptions } from "./options";
import { displayRows, textLines, type DisplayRow } from "./rows";
import { xmlSafe } from "./xml";

// A4 portrait with 2 cm margins, in twentieths of a point.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const COLUMN = Math.floor((PAGE.width - 2 * PAGE.margin) / 2);
const GREY = "767676";

// Each kind's look lives in a paragraph style, so a row carries one style id instead of its own formatting.
const KIND_STYLE: Partial<Record<ParagraphKind, string>> = {
  title: "KindTitle",
  heading: "KindHeading",
  quote: "KindQuote",
  "list-item": "KindListItem",
  credit: "KindMinor",
  related: "KindMinor",
};

const STYLES: IStylesOptions = {
  default: { document: { run: { font: "Calibri", size: 22 } } },
  paragraphStyles: [
    { id: "Meta", name: "Export metadata", basedOn: "Normal", run: { color: GREY, size: 18 }, paragraph: { spacing: { after: 240 } } },
    { id: "KindTitle", name: "Paragraph: title", basedOn: "Normal", run: { bold: true, size: 28 } },
    { id: "KindHeading", name: "Paragraph: heading", basedOn: "Normal", run: { bold: true, size: 24 } },
    { id: "KindQuote", name: "Paragraph: quote", basedOn: "Normal", run: { italics: true }, paragraph: { indent: { left: 284 } } },
    { id: "KindListItem", name: "Paragraph: list item", basedOn: "Normal", paragraph: { indent: { left: 284 } } },
    { id: "KindMinor", name: "Paragraph: credit or related link", basedOn: "Normal", run: { color: GREY, size: 18 } },
    { id: "English", name: "English (interleaved)", basedOn: "Normal", run: { color: "1F4E79" }, paragraph: { indent: { left: 567 }, spacing: { after: 200 } } },
  ],
};

/** One run per line of text; lines after the first start with a line break. */
function textRuns(text: string, look: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return textLines(xmlSafe(text)).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...look }));
}

function sideRuns(row: DisplayRow, text: string, unreviewed: boolean): TextRun[] {
  const look = unreviewed ? { italics: true, color: GREY } : {};
  const dateline = row.dateline ? [new TextRun({ text: xmlSafe(row.dateline), bold: true, ...look })] : [];
  return [...dateline, ...textRuns(text, look)];
}

function cell(children: Paragraph[]): TableCell {
  return new TableCell({ children, width: { size: COLUMN, type: WidthType.DXA } });
}

function tableBody(rows: DisplayRow[], targetLang: string): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ["Indonesian (id)", `English (${targetLang})`].map((label) => cell([new Paragraph({ children: [new TextRun({ text: label, bold: true })] })])),
  });
  const body = rows.map((row) => {
    const style = KIND_STYLE[row.kind];
    const english = row.english === null ? [] : sideRuns(row, row.english, row.unreviewed);
    return new TableRow({
      cantSplit: true,
      children: [cell([new Paragraph({ style, children: sideRuns(row, row.source, false) })]), cell([new Paragraph({ style, children: english })])],
    });
  });
  return new Table({ rows: [header, ...body], columnWidths: [COLUMN, COLUMN], layout: TableLayoutType.FIXED, width: { size: 2 * COLUMN, type: WidthType.DXA } });
}

function interleavedBody(rows: DisplayRow[]): Paragraph[] {
  return rows.flatMap((row) => {
    const source = new Paragraph({ style: KIND_STYLE[row.kind], keepNext: row.english !== null, children: sideRuns(row, row.source, false) });
    return row.english === null ? [source] : [source, new Paragraph({ style: "English", children: sideRuns(row, row.english, row.unreviewed) })];
  });
}

/** A Word document: title, metadata line, then the paragraphs side by side (table) or one after the other (interleaved). */
export async function toDocx(document: BilingualDocument, options: ExportOptions = {}): Promise<Uint8Array> {
  const resolved = resolveOptions(options);
  const rows = displayRows(document, resolved);
  const doc = new Document({
    creator: "Selaras",
    title: xmlSafe(document.title),
    description: `Indonesian → ${document.targetLang}`,
    styles: STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(document.title))] }),
          new Paragraph({ style: "Meta", children: [new TextRun(xmlSafe(metadataLine(document, resolved.exportedAt)))] }),
          ...(resolved.layout === "table" ? [tableBody(rows, document.targetLang)] : interleavedBody(rows)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
