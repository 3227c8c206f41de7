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
export function requestLanguage(request: Request): Language {
  return pickLanguage(cookieValue(request.headers.get("cookie"), LANGUAGE_COOKIE), request.headers.get("accept-language"));
}

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** `{ error: { code, message } }` with the error's HTTP status; anything unexpected is a logged 500 without details. */
export function errorJson(request: Request, error: unknown, extra: Record<string, unknown> = {}): Response {
  const { code, params } = toErrorPayload(error);
  const lng = requestLanguage(request);
  const message = String(i18nFor(lng).getFixedT(lng, "errors")(code as never, params as never));
  return json({ error: { code, message }, ...extra }, error instanceof AppError ? error.status : 500);
}

/** A bad body as a 400 naming each offending field. */
export function invalidRequest(issues: ZodError["issues"] | string): AppError {
  const detail = typeof issues === "string" ? issues : issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
  return new AppError("invalidRequest", { detail }, 400);
}

