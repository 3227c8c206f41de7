/**
 * XML 1.0 text and attribute escaping for the TMX and XLIFF exporters; `xmlSafe` is what every format keeps of a text
 * (DOCX is XML too, and the HTML and Markdown exports follow it so all reading formats show the same).
 *
 * XML 1.0 cannot carry C0 controls other than tab, LF and CR, nor U+FFFE / U+FFFF, even as character
 * references. They are REMOVED (a CAT tool would reject the whole file otherwise); XLIFF passes its own
 * replacement to keep them as <cp hex="…"/>. Lone UTF-16 surrogates cannot be encoded as UTF-8 and become U+FFFD.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ATTR_SPECIAL = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Parsers normalise literal CR (and, in attributes, tab and LF) away: character references survive.
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

export type ForbiddenCharReplacement = (char: string) => string;

const remove: ForbiddenCharReplacement = () => "";

/** Removes what XML 1.0 cannot carry; the text a reader of any XML export gets back. */
export function xmlSafe(text: string): string {
  return text.toWellFormed().replace(FORBIDDEN, "");
}

export function escapeXmlText(text: string, forbidden: ForbiddenCharReplacement = remove): string {
  return text.toWellFormed().replace(TEXT_SPECIAL, (char) => ENTITIES[char] ?? forbidden(char));
}

export function escapeXmlAttr(text: string): string {
  return text.toWellFormed().replace(ATTR_SPECIAL, (char) => ENTITIES[char] ?? "");
}
