import type { IncomingMessage } from "node:http";
import { ApiError } from "./api-error";

/** Request parameters read the same way whether they came as a form, a JSON body or a query string. */
export interface RequestParams {
  get(name: string): string | undefined;
  getAll(name: string): string[];
  /** Multilingual glossary dictionaries: `dictionaries[0].entries=…` in a form, an array of objects in JSON. */
  dictionaries(): Array<Record<string, string | undefined>>;
}

/** Reads the whole body, refusing anything beyond `hardLimit` bytes without buffering it. */
export async function readBody(req: IncomingMessage, hardLimit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > hardLimit) throw new ApiError(413, "Request Entity Too Large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function fromSearchParams(search: URLSearchParams): RequestParams {
  return {
    get: (name) => search.get(name) ?? undefined,
    getAll: (name) => search.getAll(name),
    dictionaries() {
      const dicts: Array<Record<string, string>> = [];
      for (const [key, value] of search) {
        const match = /^dictionaries\[(\d+)\]\.(\w+)$/.exec(key);
        if (match) (dicts[Number(match[1])] ??= {})[match[2]] = value;
      }
      return dicts.filter(Boolean);
    },
  };
}

function asString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : typeof value === "object" ? undefined : String(value);
}

function fromJson(body: Record<string, unknown>, query: URLSearchParams): RequestParams {
  const value = (name: string): unknown => (name in body ? body[name] : query.has(name) ? query.getAll(name) : undefined);
  return {
    get: (name) => {
      const v = value(name);
      return asString(Array.isArray(v) ? v[0] : v);
    },
    getAll: (name) => {
      const v = value(name);
      if (v === undefined) return [];
      return (Array.isArray(v) ? v : [v]).map(asString).filter((s): s is string => s !== undefined);
    },
    dictionaries: () => {
      const dicts = body.dictionaries;
      if (!Array.isArray(dicts)) return [];
      return dicts.map((d: Record<string, unknown>) => Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [k, asString(v)])));
    },
  };
}

/** Parses a body by its content type; query parameters fill in what the body lacks (DeepL accepts both). */
export function parseParams(body: Buffer, contentType: string | undefined, query: URLSearchParams): RequestParams {
  if (contentType?.includes("application/json") && body.length > 0) {
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      throw new ApiError(400, "Invalid JSON in request body");
    }
    if (!json || typeof json !== "object" || Array.isArray(json)) throw new ApiError(400, "Invalid JSON in request body");
    return fromJson(json as Record<string, unknown>, query);
  }
  const merged = new URLSearchParams(query);
  for (const [key, value] of new URLSearchParams(body.toString("utf8"))) merged.append(key, value);
  return fromSearchParams(merged);
}
