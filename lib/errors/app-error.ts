/**
 * An expected failure the user can act on. `code` names a translation key under
 * the `errors` namespace; `params` fill its placeholders. Anything that is not an
 * AppError is unexpected and is shown only as a generic message.
 */
const BRAND = Symbol.for("selaras.AppError");

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly status = 400,
  ) {
    super(code);
    this.name = "AppError";
    Object.defineProperty(this, BRAND, { value: true });
  }

  // The built server can hold two copies of this module (the app's bundle and the instrumentation's, which runs
  // the translation worker); a brand from the global symbol registry recognises an AppError of either copy.
  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== AppError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && BRAND in value;
  }
}

export interface ErrorPayload {
  code: string;
  params: Record<string, string | number>;
}

export const UNEXPECTED_ERROR = "unexpected";

/** Turns any thrown value into a payload safe to show: never a raw message or stack. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof AppError) return { code: error.code, params: error.params };
  console.error(error);
  return { code: UNEXPECTED_ERROR, params: {} };
}
