import { AppError } from "@/lib/errors/app-error";
import { childElements, descendants, parseXml, type XmlElement, type XmlNode } from "./xml-tree";

export type XliffState = "initial" | "translated" | "reviewed" | "final";

export interface XliffUnit {
  /** The <file id> the unit belongs to. */
  fileId: string;
  unitId: string;
  source: string;
  /** null when no segment of the unit has a target. */
  target: string | null;
  /** The least advanced state of the unit's segments. */
  state: XliffState;
}

export interface XliffFile {
  srcLang: string;
  trgLang: string | null;
  units: XliffUnit[];
}

const STATES: XliffState[] = ["initial", "translated", "reviewed", "final"];

/** Inline content as plain text: <cp> back to its character, codes as their text equivalent (equiv), markers' content kept. */
function inlineText(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === "string") return node;
      switch (node.name) {
        case "cp":
          return String.fromCodePoint(parseInt(node.attrs.hex ?? "", 16) || 0xfffd);
        case "ph":
        case "sc":
        case "ec":
          return node.attrs.equiv ?? "";
        case "pc":
          return `${node.attrs.equivStart ?? ""}${inlineText(node.children)}${node.attrs.equivEnd ?? ""}`;
        default:
          return inlineText(node.children);
      }
    })
    .join("");
}

function stateOf(segment: XmlElement): XliffState {
  const state = segment.attrs.state as XliffState | undefined;
  return state && STATES.includes(state) ? state : "initial";
}

function readUnit(fileId: string, unit: XmlElement): XliffUnit {
  // A CAT tool may split a unit into several segments (and ignorables between them): the unit's text is their concatenation.
  const parts = childElements(unit).filter((child) => child.name === "segment" || child.name === "ignorable");
  let source = "";
  let target = "";
  let hasTarget = false;
  for (const part of parts) {
    const sourceText = inlineText(childElements(part, "source")[0]?.children ?? []);
    const targetElement = childElements(part, "target")[0];
    source += sourceText;
    if (targetElement) hasTarget = true;
    // An ignorable without a target is whitespace between segments: the same on both sides.
    target += targetElement ? inlineText(targetElement.children) : part.name === "ignorable" ? sourceText : "";
  }
  const segments = parts.filter((part) => part.name === "segment");
  const state = segments.map(stateOf).reduce((least, s) => (STATES.indexOf(s) < STATES.indexOf(least) ? s : least), "final" as XliffState);
  return { fileId, unitId: unit.attrs.id ?? "", source, target: hasTarget ? target : null, state: segments.length ? state : "initial" };
}

/** Reads the units of an XLIFF 2.0 file. Throws AppError "invalidXliff" for malformed XML or another format or version. */
export function parseXliff(xml: string): XliffFile {
  const root = parseXml(xml);
  if (!root || root.name !== "xliff" || !root.attrs.version?.startsWith("2.")) throw new AppError("invalidXliff");
  const units = childElements(root, "file").flatMap((file) => descendants(file, "unit").map((unit) => readUnit(file.attrs.id ?? "", unit)));
  return { srcLang: root.attrs.srcLang ?? "", trgLang: root.attrs.trgLang ?? null, units };
}
