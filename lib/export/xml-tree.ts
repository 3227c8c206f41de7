import { XMLParser, XMLValidator, type EntityDecoderOptions } from "fast-xml-parser";

/** An element of a parsed XML file, namespace prefixes dropped (`xml:lang` becomes `lang`). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type RawNode = { "#text"?: string; ":@"?: Record<string, string> } & Record<string, unknown>;

const XML_ENTITIES: Record<string, string> = { amp: "&", apos: "'", gt: ">", lt: "<", quot: '"' };

function decodeReference(match: string, name: string): string {
  if (!name.startsWith("#")) return XML_ENTITIES[name] ?? match;
  const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

// XML's five entities and numeric character references, decoded in one pass (so "&amp;lt;" stays "&lt;").
const entityDecoder: EntityDecoderOptions = {
  decode: (text) => text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, decodeReference),
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  entityDecoder,
});

function toNode(raw: RawNode): XmlNode | null {
  if ("#text" in raw) return String(raw["#text"]);
  const name = Object.keys(raw).find((key) => key !== ":@");
  if (!name || name.startsWith("#") || name.startsWith("!")) return null;
  return { name, attrs: raw[":@"] ?? {}, children: toNodes(raw[name] as RawNode[]) };
}

function toNodes(raw: RawNode[]): XmlNode[] {
  return raw.map(toNode).filter((node): node is XmlNode => node !== null);
}

/** Parses well-formed XML into its root element; null when the text is not well-formed XML. */
export function parseXml(xml: string): XmlElement | null {
  const text = xml.replace(/^\uFEFF/, "");
  if (XMLValidator.validate(text) !== true) return null;
  const root = toNodes(parser.parse(text) as RawNode[]).find((node): node is XmlElement => typeof node !== "string");
  return root ?? null;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== "string" && (!name || node.name === name));
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** Every descendant element with this name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    found.push(...descendants(child, name));
  }
  return found;
}
