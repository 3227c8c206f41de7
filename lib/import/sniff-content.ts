/** What a file's first bytes say it is, whatever its name claims. */
export type ContentKind = "zip" | "pdf" | "png" | "jpeg" | "gif" | "webp" | "ole" | "rtf" | "gzip" | "html" | "binary" | "text";

const SIGNATURES: [ContentKind, number[]][] = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["zip", [0x50, 0x4b, 0x05, 0x06]],
  ["pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["png", [0x89, 0x50, 0x4e, 0x47]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", [0x47, 0x49, 0x46, 0x38]],
  ["ole", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["rtf", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ["gzip", [0x1f, 0x8b]],
];

// An HTML document announces itself in its first tag; a Markdown or text file that merely
// mentions <b> or <br> somewhere does not.
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const UTF16_BOMS = [[0xff, 0xfe], [0xfe, 0xff]];

/** Sniffs the content kind from magic bytes, NUL bytes and, for text, an HTML document start. */
export function sniffContent(bytes: Uint8Array): ContentKind {
  for (const [kind, signature] of SIGNATURES) if (startsWith(bytes, signature)) return kind;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50])) return "webp";
  const head = bytes.subarray(0, 4096);
  const utf16 = UTF16_BOMS.some((bom) => startsWith(bytes, bom));
  if (!utf16 && head.includes(0)) return "binary";
  const text = new TextDecoder(utf16 ? (bytes[0] === 0xff ? "utf-16le" : "utf-16be") : "utf-8").decode(head);
  return HTML_START.test(text) ? "html" : "text";
}

/** The name users know a format by, for messages ("PDF", "PNG"): the same in every language. */
export const CONTENT_KIND_NAMES: Record<Exclude<ContentKind, "binary" | "text">, string> = {
  zip: "ZIP",
  pdf: "PDF",
  png: "PNG",
  jpeg: "JPEG",
  gif: "GIF",
  webp: "WebP",
  ole: "DOC/XLS (Office 97–2003)",
  rtf: "RTF",
  gzip: "GZIP",
  html: "HTML",
};
