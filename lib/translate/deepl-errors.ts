import { AuthorizationError, ConnectionError, DeepLError, GlossaryNotFoundError, QuotaExceededError, TooManyRequestsError } from "deepl-node";
import { AppError } from "@/lib/errors/app-error";

/** Codes of DeepL failures worth trying again later (after deepl-node's own retries ran out). */
export const TRANSIENT_DEEPL_CODES = new Set(["deeplBusy", "deeplUnavailable"]);

export function isTransientDeepLError(error: unknown): boolean {
  return error instanceof AppError && TRANSIENT_DEEPL_CODES.has(error.code);
}

// deepl-node folds 5xx answers into a plain DeepLError; its message carries the status.
function isServerError(error: DeepLError): boolean {
  return /^Service unavailable|^Unexpected status code: 5\d\d/.test(error.message);
}

/**
 * Turns deepl-node's errors into AppErrors the user can act on; anything else
 * (a 400 means a bug on our side) is returned unchanged and stays unexpected.
 */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof DeepLError)) return error;
  if (error instanceof AuthorizationError) return new AppError("deeplBadKey", {}, 502);
  if (error instanceof QuotaExceededError) return new AppError("deeplQuotaExceeded", {}, 502);
  if (error instanceof GlossaryNotFoundError) return new AppError("deeplGlossaryMissing", {}, 502);
  if (error instanceof TooManyRequestsError || isServerError(error)) return new AppError("deeplBusy", {}, 503);
  if (error instanceof ConnectionError) return new AppError("deeplUnavailable", {}, 504);
  return error;
}
