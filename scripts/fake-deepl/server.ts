import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_FAULTS, mergeFaults, takeFault, type FakeDeeplFaults } from "./faults";
import { ApiError } from "./api-error";
import { GlossaryStore } from "./glossary-store";
import { parseParams, readBody } from "./request-params";
import { routeApi } from "./routes";
import { handleTranslate, MAX_REQUEST_BYTES, type TranslateLogEntry, type TranslateState } from "./translate-handler";

export interface FakeDeeplStats {
  /** API requests received (control requests excluded), answered or not. */
  requests: number;
  /** POST /v2/translate requests received, including refused ones. */
  translateRequests: number;
  translatedTexts: number;
  billedCharacters: number;
  /** Translate requests whose client went away (a killed app instance) before the answer: neither translated nor billed. */
  abandoned: number;
  /** Responses by HTTP status. */
  statuses: Record<string, number>;
  /** The last successful translate requests, oldest first. */
  translations: TranslateLogEntry[];
}

export interface FakeDeeplOptions {
  port?: number;
  host?: string;
  faults?: Partial<FakeDeeplFaults>;
  /** Keys answered with 403; by default any key containing "invalid". */
  rejectKey?: (key: string) => boolean;
}

export interface FakeDeepl {
  url: string;
  stats(): FakeDeeplStats;
  setFaults(update: Partial<FakeDeeplFaults>): FakeDeeplFaults;
  /** Forgets statistics, usage, glossaries and faults (back to the start options). */
  reset(): void;
  close(): Promise<void>;
}

const LOG_LIMIT = 500;
// Glossary uploads may be far larger than a translate request (DeepL allows 10 MiB of entries).
const HARD_BODY_LIMIT = 11 * 1024 * 1024;

const emptyStats = (): FakeDeeplStats => ({ requests: 0, translateRequests: 0, translatedTexts: 0, billedCharacters: 0, abandoned: 0, statuses: {}, translations: [] });

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
  } else {
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  }
}

/** Starts a DeepL-compatible server on 127.0.0.1 (port 0 = any free port). */
export async function startFakeDeepl(options: FakeDeeplOptions = {}): Promise<FakeDeepl> {
  const initialFaults = mergeFaults(DEFAULT_FAULTS, options.faults ?? {});
  const rejectKey = options.rejectKey ?? ((key: string) => key.includes("invalid"));
  const state: TranslateState = { faults: { ...initialFaults }, characterCount: 0, glossaries: new GlossaryStore() };
  let stats = emptyStats();

  function answer(res: ServerResponse, status: number, body?: unknown): void {
    stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
    send(res, status, body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    stats.requests++;
    const isTranslate = url.pathname === "/v2/translate" && req.method === "POST";
    if (isTranslate) stats.translateRequests++;
    const body = await readBody(req, HARD_BODY_LIMIT);
    if (state.faults.latencyMs > 0) await sleep(state.faults.latencyMs);
    const key = /^DeepL-Auth-Key (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!key || rejectKey(key)) return answer(res, 403, { message: "Forbidden" });
    if (isTranslate) {
      const fault = takeFault(state.faults);
      if (fault?.kind === "hang") return;
      if (fault) return answer(res, fault.status, { message: fault.message });
      if (body.length > MAX_REQUEST_BYTES) return answer(res, 413, { message: "Request Entity Too Large" });
    }
    const params = parseParams(body, req.headers["content-type"], url.searchParams);
    if (isTranslate && req.socket.destroyed) {
      stats.abandoned++;
      return;
    }
    if (isTranslate) {
      const { body: result, log, billed } = handleTranslate(params, key, state);
      stats.translatedTexts += log.texts.length;
      stats.billedCharacters += billed;
      stats.translations.push(log);
      if (stats.translations.length > LOG_LIMIT) stats.translations.shift();
      return answer(res, 200, result);
    }
    const { status, body: result } = routeApi(req.method ?? "GET", url.pathname, params, key, state);
    answer(res, status, result);
  }

  function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    if (url.pathname === "/__fake/stats") return send(res, 200, stats);
    if (url.pathname === "/__fake/faults" && req.method === "POST") {
      state.faults = mergeFaults(state.faults, JSON.parse(body.toString("utf8") || "{}"));
      return send(res, 200, state.faults);
    }
    if (url.pathname === "/__fake/faults") return send(res, 200, state.faults);
    if (url.pathname === "/__fake/reset" && req.method === "POST") return (reset(), send(res, 204));
    send(res, 404, { message: "Not found" });
  }

  function reset(): void {
    stats = emptyStats();
    state.faults = { ...initialFaults };
    state.characterCount = 0;
    state.glossaries.clear();
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-deepl");
    const work = url.pathname.startsWith("/__fake/")
      ? readBody(req, HARD_BODY_LIMIT).then((body) => handleControl(req, res, url, body))
      : handleApi(req, res, url);
    work.catch((error: unknown) => {
      if (res.headersSent) return;
      if (error instanceof ApiError) answer(res, error.status, { message: error.message });
      else if (error instanceof SyntaxError) send(res, 400, { message: "Invalid JSON" });
      else answer(res, 500, { message: "Internal fake server error" });
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    stats: () => structuredClone(stats),
    setFaults: (update) => (state.faults = mergeFaults(state.faults, update)),
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
