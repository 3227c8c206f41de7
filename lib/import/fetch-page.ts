import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "@/lib/errors/app-error";
import { privateUrlsAllowed } from "./address-policy";
import { formatBytes, MAX_IMPORT_BYTES } from "./limits";
import { parseWebAddress, pinnedLookup, resolveAllowedAddress } from "./web-address";

export const USER_AGENT = "Selaras/0.1 (+bilingual reader)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Defaults to the SELARAS_ALLOW_PRIVATE_URLS setting. */
  allowPrivate?: boolean;
  /** Exact addresses accepted besides public ones, so tests can stand a local server in for the internet. */
  trustedAddresses?: readonly string[];
  /** Name resolution; tests replace it to serve made-up host names. */
  resolve?: (hostname: string) => Promise<dns.LookupAddress[]>;
}

export interface FetchedPage {
  /** The URL the page was finally read from, after redirects. */
  url: string;
  bytes: Uint8Array;
  charset?: string;
}

function get(url: URL, address: dns.LookupAddress, signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      agent: false,
      lookup: pinnedLookup(address),
      signal,
      headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip, deflate, br", "accept-language": "id, en;q=0.5" },
    });
    request.on("response", resolve).on("error", reject).end();
  });
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = response.headers["content-encoding"]?.trim().toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip() : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : undefined;
  return decoder ? pipeline(response, decoder, () => {}) : response;
}

async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new AppError("urlTooLarge", { limit: formatBytes(maxBytes) }, 413);
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  const body = decoded(response);
  for await (const chunk of body) {
    size += (chunk as Buffer).byteLength;
    // Counted after decompression, so a small compressed body cannot unpack into a huge one.
    if (size > maxBytes) {
      body.destroy();
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Fetches a web page for import, treating the URL as hostile: http(s) only; every host
 * resolved and checked against the address policy (also after each redirect, at most
 * `maxRedirects`), then connected to at exactly the checked address; one deadline for
 * the whole exchange; the body capped while it streams; only HTML accepted.
 */
export async function fetchPage(raw: string, given: FetchOptions = {}): Promise<FetchedPage> {
  const options: Required<FetchOptions> = {
    timeoutMs: 15_000,
    maxBytes: MAX_IMPORT_BYTES,
    maxRedirects: 5,
    allowPrivate: privateUrlsAllowed(),
    trustedAddresses: [],
    resolve: (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true }),
    ...given,
  };
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const timeout = () => new AppError("urlTimeout", { seconds: Math.ceil(options.timeoutMs / 1000) }, 504);
  const timedOut = new Promise<never>((_, reject) => {
    deadline.addEventListener("abort", () => reject(timeout()), { once: true });
  });
  timedOut.catch(() => {});
  let url = parseWebAddress(raw);
  try {
    for (let redirects = 0; ; redirects++) {
      const address = await Promise.race([resolveAllowedAddress(url, options), timedOut]);
      const response = await Promise.race([get(url, address, deadline), timedOut]);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (redirects >= options.maxRedirects) throw new AppError("urlTooManyRedirects", { limit: options.maxRedirects });
        url = parseWebAddress(new URL(location, url).href);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new AppError("urlHttpError", { status }, 502);
      }
      const [type, ...parameters] = (response.headers["content-type"] ?? "").split(";").map((part) => part.trim());
      if (!HTML_TYPES.has(type.toLowerCase())) {
        response.destroy();
        throw new AppError("urlNotHtml", { type: type || "?" }, 415);
      }
      const charset = parameters.find((p) => /^charset=/i.test(p))?.slice(8).replace(/["']/g, "");
      const bytes = await Promise.race([readBody(response, options.maxBytes), timedOut]);
      return { url: url.href, bytes, charset: charset || undefined };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (deadline.aborted) throw timeout();
    throw new AppError("urlFetchFailed", { host: url.hostname }, 502);
  }
}
