import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { formatBytes } from "@/lib/import/limits";
import { errorReply, JSON_HEADERS, languageOf, type JsonReply } from "./json-response";
import { putParagraph } from "./put-paragraph";

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Far above the largest paragraph a save may carry (50,000 characters); refused before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

const PARAGRAPH_PATH = /^\/api\/paragraphs\/([^/?#]+)\/?(?:\?.*)?$/;

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.resume();
        reject(new AppError("requestTooLarge", { limit: formatBytes(limit) }, 413));
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, reply: JsonReply, close: boolean): void {
  response.writeHead(reply.status, close ? { ...JSON_HEADERS, connection: "close" } : JSON_HEADERS).end(JSON.stringify(reply.body));
}

async function servePut(db: Db, request: IncomingMessage, response: ServerResponse, rawId: string): Promise<void> {
  const language = languageOf(request.headers.cookie, request.headers["accept-language"]);
  try {
    send(response, await putParagraph(db, rawId, await readBody(request, MAX_BODY_BYTES), language), false);
  } catch (error) {
    send(response, errorReply(language, error), true);
  }
}

/**
 * Serves the JSON save route, PUT /api/paragraphs/{id}, on node:http itself and hands every
 * other request to `fallback` (Next.js). Why: a Next.js route handler costs about 2 ms of CPU
 * per request on these machines (an empty one answered ~600 requests/s where node:http answers
 * 16,000), which alone kept saves far below what the database can take. The answer is the same
 * putParagraph as the Next.js route's, which still serves `next dev`.
 */
export function withFastApi(db: Db, fallback: NodeListener): NodeListener {
  return (request, response) => {
    const match = request.method === "PUT" ? PARAGRAPH_PATH.exec(request.url ?? "") : null;
    if (match) void servePut(db, request, response, match[1]);
    else fallback(request, response);
  };
}
