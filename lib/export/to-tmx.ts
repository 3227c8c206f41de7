import type { BilingualDocument } from "@/lib/bilingual/types";
import { resolveOptions, type ExportOptions } from "./options";
import { escapeXmlAttr, escapeXmlText } from "./xml";

const TOOL_VERSION = "0.1.0";

/** TMX dates: YYYYMMDDThhmmssZ in UTC. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * TMX 1.4b for translation memories (OmegaT, memoQ, Trados): one <tu> per paragraph that has English, with the
 * Selaras status as a <prop>. Only the translatable text goes in, never the dateline: a memory matches sentences,
 * not bylines. Paragraphs without English are left out (a unit needs both languages); reviewed-only keeps only
 * reviewed paragraphs. Control characters XML 1.0 forbids are removed.
 */
export function toTmx(document: BilingualDocument, options: ExportOptions = {}): string {
  const resolved = resolveOptions(options);
  const target = escapeXmlAttr(document.targetLang);
  const units = document.paragraphs
    .filter((p) => p.targetText && (resolved.content === "all" || p.status === "reviewed"))
    .map(
      (p) => `    <tu tuid="${p.id}" creationdate="${tmxDate(p.createdAt)}" changedate="${tmxDate(p.updatedAt)}">
      <prop type="x-selaras-status">${p.status}</prop>
      <tuv xml:lang="id"><seg>${escapeXmlText(p.sourceText)}</seg></tuv>
      <tuv xml:lang="${target}"><seg>${escapeXmlText(p.targetText ?? "")}</seg></tuv>
    </tu>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Selaras" creationtoolversion="${TOOL_VERSION}" datatype="plaintext" segtype="paragraph" adminlang="en-US" srclang="id" o-tmf="Selaras" creationdate="${tmxDate(resolved.exportedAt)}">
    <prop type="x-selaras-document">${escapeXmlText(document.title)}</prop>
  </header>
  <body>
${units.join("\n")}
  </body>
</tmx>
`;
}
