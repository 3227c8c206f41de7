import type { BilingualDocument, ParagraphStatus } from "@/lib/bilingual/types";
import { resolveOptions, type ExportOptions } from "./options";
import { escapeXmlAttr, escapeXmlText } from "./xml";

export const XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

/**
 * Selaras status → XLIFF 2.0 segment state. Machine and edited English are both "translated" (the subState
 * keeps which); a paragraph a person approved is "reviewed", not "final": CAT tools lock final segments,
 * and the user may still want to refine the English there.
 */
export const XLIFF_STATE: Record<ParagraphStatus, "initial" | "translated" | "reviewed"> = {
  untranslated: "initial",
  machine: "translated",
  edited: "translated",
  reviewed: "reviewed",
};

/** The <file id> that ties an XLIFF file to its document; import refuses files made for another document. */
export function xliffFileId(documentId: number): string {
  return `selaras-document-${documentId}`;
}

/** Unit ids are paragraph ids, which stay the same when paragraphs are added or moved; positions do not. */
export function xliffUnitId(paragraphId: number): string {
  return `p${paragraphId}`;
}

// XLIFF 2.0 keeps characters XML cannot carry as code points (<cp>), so the round trip loses nothing.
const codePoint = (char: string) => `<cp hex="${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}"/>`;

function inline(text: string): string {
  return escapeXmlText(text, codePoint);
}

/**
 * XLIFF 2.0 (core only, valid against the OASIS schema): one <unit> per paragraph holding one <segment>.
 * The dateline is not translatable: it travels as a note for context. With reviewed-only content, English
 * nobody reviewed is left out and its segment is "initial", ready to be translated in the CAT tool.
 */
export function toXliff(document: BilingualDocument, options: ExportOptions = {}): string {
  const resolved = resolveOptions(options);
  const target = escapeXmlAttr(document.targetLang);
  const units = document.paragraphs.map((p) => {
    const english = p.targetText && (resolved.content === "all" || p.status === "reviewed") ? p.targetText : null;
    const state = english === null ? "initial" : XLIFF_STATE[p.status];
    const subState = english !== null && state === "translated" ? ` subState="selaras:${p.status}"` : "";
    const notes = p.dateline ? `\n      <notes><note category="dateline">${inline(p.dateline)}</note></notes>` : "";
    const targetXml = english === null ? "" : `\n        <target>${inline(english)}</target>`;
    return `    <unit id="${xliffUnitId(p.id)}" name="${p.position + 1}" type="selaras:${p.kind}">${notes}
      <segment state="${state}"${subState}>
        <source>${inline(p.sourceText)}</source>${targetXml}
      </segment>
    </unit>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="id" trgLang="${target}">
  <file id="${xliffFileId(document.id)}" original="${escapeXmlAttr(document.title)}" xml:space="preserve">
${units.join("\n")}
  </file>
</xliff>
`;
}
