import type { BilingualDocument, BilingualParagraph, ParagraphKind, ParagraphStatus } from "@/lib/bilingual/types";

const CREATED = new Date("2026-11-01T08:00:00Z");

function paragraph(position: number, kind: ParagraphKind, status: ParagraphStatus, sourceText: string, targetText: string | null, dateline: string | null = null): BilingualParagraph {
  return {
    id: 101 + position,
    position,
    kind,
    dateline,
    sourceText,
    targetText,
    status,
    machineText: status === "machine" ? targetText : null,
    candidateText: null,
    translationError: null,
    sourceStale: false,
    version: status === "untranslated" ? 1 : 2,
    createdAt: CREATED,
    updatedAt: new Date(Date.UTC(2026, 10, 2, 9, position, 30)),
  };
}

/** A small document holding everything an exporter must escape or keep byte for byte, in every status and kind. */
export function sampleDocument(): BilingualDocument {
  return {
    id: 42,
    title: "Harga “beras” naik | 🍚 & <lainnya>",
    sourceLang: "id",
    targetLang: "en-US",
    originKind: "url",
    originRef: "https://example.com/berita?a=1&b=2",
    createdAt: CREATED,
    updatedAt: new Date("2026-11-02T10:00:00Z"),
    paragraphs: [
      paragraph(0, "title", "reviewed", "Harga “beras” naik 🍚", "Rice “prices” rise 🍚"),
      paragraph(1, "body", "machine", "Pemerintah menaikkan harga 5% | kata menteri.", "The government raised prices by 5% | the minister said.", "TEMPO.CO, Jakarta - "),
      paragraph(2, "heading", "edited", "# Bukan judul #", "# Not a heading #"),
      paragraph(3, "quote", "reviewed", "> “Kami siap,” katanya.\nBaris kedua", "> “We are ready,” he said.\nSecond line"),
      paragraph(4, "list-item", "machine", "1. Satu - dua + tiga", "1. One - two + three"),
      paragraph(5, "body", "reviewed", "Cafe\u0301 di Jl. Thamrin — שלום עליכם (teks RTL) \\ garis miring", "Cafe\u0301 on Jl. Thamrin — שלום עליכם (RTL text) \\ backslash"),
      paragraph(6, "body", "edited", "Tanda\u0007bel & <tag> \"kutip\" 'tunggal' &amp;", "Bell\u0007 sign & <tag> \"quotes\" 'single' &amp;"),
      paragraph(7, "credit", "untranslated", "REUTERS | ANTARA", null),
      paragraph(8, "related", "machine", "- Baca juga: *Berita* [lain](x) _penting_ `kode` ~coret~", "- Read also: *News* [other](x) _important_ `code` ~strike~"),
      paragraph(9, "body", "reviewed", "+ Baris satu\r\n  baris dua, \"koma\"", "+ Line one\r\n  line two, \"comma\""),
    ],
  };
}

/** The moment the golden files were exported. */
export const EXPORTED_AT = new Date("2026-11-29T08:45:00Z");

/** What a reading format (DOCX, HTML, Markdown) shows for a text: forbidden control characters gone, CRLF as one break. */
export function shown(text: string, dateline: string | null = null): string {
  return `${dateline ?? ""}${text}`.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/\r\n?/g, "\n");
}
