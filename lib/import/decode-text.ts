import { AppError } from "@/lib/errors/app-error";

export interface DecodedText {
  text: string;
  /** True when the file was not UTF-8 and was read as Windows-1252 by guess: worth a notice. */
  guessedWindows1252: boolean;
}

const BOM_ENCODINGS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

// Bytes that Windows-1252 leaves undefined, and control characters no text file holds.
const NEVER_IN_WINDOWS_1252 = new Set([0x7f, 0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Text that is not UTF-8 but reads as Windows-1252 (or Latin-1, its subset): no stray
 * control bytes, and accented or typographic characters only here and there, as in
 * Western-European or Indonesian prose saved by an old editor.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const byte of bytes) {
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || NEVER_IN_WINDOWS_1252.has(byte)) return false;
    if (byte >= 0x80) high++;
  }
  return high <= bytes.byteLength * 0.3;
}

// Node 20's TextDecoder reads "windows-1252" (and its aliases latin1, iso-8859-1, ascii) as
// ISO-8859-1, turning 0x80–0x9F into C1 control characters; these are the real characters.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
}

/**
 * Decodes an uploaded or downloaded text file: a byte-order mark wins, then a declared
 * charset (an HTTP header or an HTML meta tag) other than UTF-8, then strict UTF-8, then
 * Windows-1252 when the bytes plausibly are. Binary data and anything else is refused.
 */
export function decodeTextFile(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = BOM_ENCODINGS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  try {
    if (bom) return { text: new TextDecoder(bom[1], { fatal: true }).decode(bytes), guessedWindows1252: false };
  } catch {
    throw new AppError("invalidEncoding");
  }
  if (bytes.includes(0)) throw new AppError("notText");
  const declared = decoderFor(declaredCharset);
  if (declared && declared.encoding !== "utf-8") return { text: decodeWith(declared, bytes), guessedWindows1252: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), guessedWindows1252: false };
  } catch {
    if (!looksLikeWindows1252(bytes)) throw new AppError("invalidEncoding");
    return { text: decodeWith(new TextDecoder("windows-1252"), bytes), guessedWindows1252: true };
  }
}
