/**
 * Finds the translation keys a source file uses, so a test can check each one exists in the locales.
 * Literal keys only: calls of `t` with a quoted key (bare, or prefixed by its namespace and a colon),
 * template keys (checked up to their dynamic part), error codes given to AppError (the "errors"
 * namespace), and `code` properties, which name a message in one of CODE_NAMESPACES.
 */

/** Where a `code` property's message lives: error payloads, import notices, quality warnings. */
export const CODE_NAMESPACES = [
  { namespace: "errors", prefix: "" },
  { namespace: "import-notices", prefix: "" },
  { namespace: "review", prefix: "qa." },
] as const;

export interface KeyUse {
  /** The namespace when the key names it ("common:nav.library") or it is an error code; else null. */
  namespace: string | null;
  key: string;
  /** True for a template key whose end is computed: `key` is then the static prefix ("status."). */
  prefix: boolean;
  /** A `code` property: its message may live in any of CODE_NAMESPACES. */
  codeProperty?: boolean;
}

const NAMESPACE_CALL = /\b(?:getT|useTranslation)\(\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/gu;
const T_CALL = /(?<![\w$.])t\(\s*(?:"([^"]+)"|'([^']+)'|`([^`]+)`)/gu;
const ERROR_CODE = /\bnew AppError\(\s*["']([A-Za-z][\w.]*)["']/gu;
const CODE_PROPERTY = /\bcode:\s*["']([A-Za-z][\w.]*)["']/gu;

/** The namespaces a file binds its `t` to, first one of each call (the one bare keys belong to). */
export function boundNamespaces(source: string): string[] {
  const namespaces = new Set<string>();
  for (const [, argument] of source.matchAll(NAMESPACE_CALL)) {
    const first = /["']([^"']+)["']/u.exec(argument);
    if (first) namespaces.add(first[1]);
  }
  return [...namespaces];
}

export function keyUses(source: string): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const [, double, single, template] of source.matchAll(T_CALL)) {
    const raw = double ?? single ?? template;
    const dynamicAt = template ? raw.indexOf("${") : -1;
    const literal = dynamicAt >= 0 ? raw.slice(0, dynamicAt) : raw;
    const colon = literal.indexOf(":");
    uses.push({
      namespace: colon > 0 ? literal.slice(0, colon) : null,
      key: colon > 0 ? literal.slice(colon + 1) : literal,
      prefix: dynamicAt >= 0,
    });
  }
  for (const [, code] of source.matchAll(ERROR_CODE)) uses.push({ namespace: "errors", key: code, prefix: false });
  for (const [, code] of source.matchAll(CODE_PROPERTY)) uses.push({ namespace: null, key: code, prefix: false, codeProperty: true });
  return uses;
}

/** Looks a key up in a namespace's nested messages; plural forms (`key_one`, `key_other`) count as the key. */
export function hasKey(messages: unknown, key: string, prefix = false): boolean {
  const path = prefix ? key.replace(/\.$/u, "").split(".").filter(Boolean) : key.split(".");
  let node: unknown = messages;
  for (const [index, part] of path.entries()) {
    if (typeof node !== "object" || node === null) return false;
    const record = node as Record<string, unknown>;
    const last = index === path.length - 1;
    if (part in record) node = record[part];
    else if (last && !prefix && Object.keys(record).some((k) => k.startsWith(`${part}_`))) return true;
    else return false;
  }
  return prefix ? typeof node === "object" && node !== null : typeof node === "string";
}
