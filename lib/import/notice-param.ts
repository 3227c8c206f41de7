import { IMPORT_NOTICE_CODES, type ImportNotice, type ImportNoticeCode } from "./parsed-source";

const KNOWN = new Set<string>(IMPORT_NOTICE_CODES);

/** Notices as a query parameter value: "imagesIgnored.2,decodedAsWindows1252". */
export function encodeNoticeParam(notices: readonly ImportNotice[]): string {
  return notices.map(({ code, count }) => (count === undefined ? code : `${code}.${count}`)).join(",");
}

/**
 * Reads the parameter back. It arrives in an address anyone can type, so only known
 * codes with a sane count are kept, each once; anything else is ignored, never shown.
 */
export function decodeNoticeParam(value: string | null | undefined): ImportNotice[] {
  const notices: ImportNotice[] = [];
  const seen = new Set<string>();
  for (const part of (value ?? "").split(",").slice(0, IMPORT_NOTICE_CODES.length)) {
    const [code, count, extra] = part.split(".");
    if (!KNOWN.has(code) || seen.has(code) || extra !== undefined) continue;
    if (count !== undefined && !/^[1-9][0-9]{0,5}$/.test(count)) continue;
    seen.add(code);
    notices.push(count === undefined ? { code: code as ImportNoticeCode } : { code: code as ImportNoticeCode, count: Number(count) });
  }
  return notices;
}
