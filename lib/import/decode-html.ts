import { decodeTextFile, type DecodedText } from "./decode-text";

// The HTML standard's prescan looks at the first 1024 bytes for <meta charset> or its
// http-equiv spelling; ASCII is enough to read them.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/** The charset an HTML page declares in a meta tag near its start, if any. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  return META_CHARSET.exec(new TextDecoder("latin1").decode(bytes.subarray(0, 1024)))?.[1];
}

/** Decodes an HTML page: a byte-order mark, then the HTTP header's charset, then the page's meta tag. */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): DecodedText {
  return decodeTextFile(bytes, headerCharset ?? metaCharset(bytes));
}
