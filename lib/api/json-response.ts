import type { ZodError } from "zod";
import { AppError, toErrorPayload } from "@/lib/errors/app-error";
import { pickLanguage } from "@/lib/i18n/detect";
import { i18nFor } from "@/lib/i18n/instance";
import { LANGUAGE_COOKIE, type Language } from "@/lib/i18n/settings";

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** Messages follow the interface language cookie, then Accept-Language; scripts get English. */
export function languageOf(cookieHeader: string | null | undefined, acceptLanguage: string | null | undefined): Language {
  return pickLanguage(cookieValue(cookieHeader ?? null, LANGUAGE_COOKIE), acceptLanguage ?? null);
}

export function requestLanguage(request: Request): Language {
  return languageOf(request.headers.get("cookie"), request.headers.get("accept-language"));
}

/** An API answer before it becomes a Response (Next.js routes) or is written to a node:http response (scripts/server.ts). */
export interface JsonReply {
  status: number;
  body: unknown;
}

export const JSON_HEADERS = { "content-type": "application/json", "cache-control": "no-store" } as const;

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: JSON_HEADERS });
}

export function toResponse(reply: JsonReply): Response {
  return json(reply.body, reply.status);
}

// Messages are pure functions of language, code and parameters; i18next takes ~30 µs to build one, which
// showed in the profile of a busy save route answering many conflicts for the same version.
const MESSAGE_CACHE_LIMIT = 1000;
const messages = new Map<string, string>();

function errorMessage(language: Language, code: string, params: Record<string, unknown>): string {
  const key = JSON.stringify([language, code, params]);
  let message = messages.get(key);
  if (message === undefined) {
    if (messages.size >= MESSAGE_CACHE_LIMIT) messages.clear();
    message = String(i18nFor(language).getFixedT(language, "errors")(code as never, params as never));
    messages.set(key, message);
  }
  return message;
}

/** `{ error: { code, message } }` with the message in `language`, for an outcome that is not an exception (a conflict). */
export function refusalReply(language: Language, status: number, code: string, params: Record<string, unknown>, extra: Record<string, unknown> = {}): JsonReply {
  return { status, body: { error: { code, message: errorMessage(language, code, params) }, ...extra } };
}

/** The same for an error, with its HTTP status; anything unexpected is a logged 500 without details. */
export function errorReply(language: Language, error: unknown): JsonReply {
  const { code, params } = toErrorPayload(error);
  return refusalReply(language, error instanceof AppError ? error.status : 500, code, params);
}

export function errorJson(request: Request, error: unknown): Response {
  return toResponse(errorReply(requestLanguage(request), error));
}

/** A bad body as a 400 naming each offending field. */
export function invalidRequest(issues: ZodError["issues"] | string): AppError {
  const detail = typeof issues === "string" ? issues : issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
  return new AppError("invalidRequest", { detail }, 400);
}

