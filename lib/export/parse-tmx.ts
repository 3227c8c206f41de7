import { AppError } from "@/lib/errors/app-error";
import { childElements, descendants, firstChild, parseXml, type XmlElement, type XmlNode } from "./xml-tree";

/** One Indonesian → English pair read from a TMX file. */
export interface TmxPair {
  sourceText: string;
  targetText: string;
  /** As the file spells it, canonicalised: "en", "en-US", "en-GB", … */
  targetLang: string;
  tuid: string | null;
  /** The Selaras status when the file came from Selaras (`x-selaras-status`), else null. */
  status: string | null;
  creationDate: Date | null;
  changeDate: Date | null;
}

// "in" is the withdrawn ISO 639 code for Indonesian that older tools still write.
const INDONESIAN = /^(id|in|ind)(-|_|$)/i;
const ENGLISH = /^(en|eng)(-|_|$)/i;
// Inline codes hold the original file's markup (<b>, <br/>…), not text; <hi> wraps text and is kept.
const CODE_ELEMENTS = new Set(["bpt", "ept", "it", "ph", "ut"]);

function segText(nodes: XmlNode[]): string {
  return nodes.map((node) => (typeof node === "string" ? node : CODE_ELEMENTS.has(node.name) ? "" : segText(node.children))).join("");
}

function canonicalLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replace(/_/g, "-"))[0] ?? lang;
  } catch {
    return lang;
  }
}

function tmxDate(value: string | undefined): Date | null {
  const match = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

function variant(tu: XmlElement, pattern: RegExp): { lang: string; text: string } | null {
  for (const tuv of childElements(tu, "tuv")) {
    // TMX 1.4 writes xml:lang (read here as "lang"); TMX 1.1 wrote lang. Both arrive as "lang".
    const lang = tuv.attrs.lang ?? "";
    const seg = firstChild(tuv, "seg");
    if (pattern.test(lang) && seg) return { lang, text: segText(seg.children) };
  }
  return null;
}

export interface TmxContent {
  pairs: TmxPair[];
  /** Units left out: one language missing (another pair of languages) or an empty segment. */
  skipped: number;
}

/**
 * Reads the Indonesian → English pairs of a TMX file (1.1 to 1.4b, from any tool). Units lacking either language,
 * or with an empty segment, are skipped and counted. Throws AppError "invalidTmx" when the file is not TMX.
 */
export function parseTmx(xml: string): TmxContent {
  const root = parseXml(xml);
  if (!root || root.name !== "tmx" || !firstChild(root, "body")) throw new AppError("invalidTmx");
  const pairs: TmxPair[] = [];
  let skipped = 0;
  for (const tu of descendants(firstChild(root, "body") as XmlElement, "tu")) {
    const source = variant(tu, INDONESIAN);
    const target = variant(tu, ENGLISH);
    if (!source || !target || source.text.trim() === "" || target.text.trim() === "") {
      skipped++;
      continue;
    }
    const status = childElements(tu, "prop").find((prop) => prop.attrs.type === "x-selaras-status");
    pairs.push({
      sourceText: source.text,
      targetText: target.text,
      targetLang: canonicalLang(target.lang),
      tuid: tu.attrs.tuid ?? null,
      status: status ? segText(status.children) : null,
      creationDate: tmxDate(tu.attrs.creationdate),
      changeDate: tmxDate(tu.attrs.changedate),
    });
  }
  return { pairs, skipped };
}
