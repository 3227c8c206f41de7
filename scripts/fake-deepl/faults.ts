/** What the fake can be told to do wrong; counters are consumed by translate requests, one per request. */
export interface FakeDeeplFaults {
  /** Delay before every API answer, in milliseconds. */
  latencyMs: number;
  /** The next N translate requests answer 429 Too Many Requests. */
  tooManyRequests: number;
  /** The next N translate requests answer `serverErrorStatus`. */
  serverErrors: number;
  serverErrorStatus: number;
  /** The next N translate requests are never answered (the client must time out). */
  hangs: number;
  /** The account's character quota: a request that would exceed it answers 456. */
  characterLimit: number;
}

// DeepL Pro reports an effectively unlimited quota this way.
export const UNLIMITED_CHARACTERS = 1_000_000_000_000;

export const DEFAULT_FAULTS: FakeDeeplFaults = {
  latencyMs: 0,
  tooManyRequests: 0,
  serverErrors: 0,
  serverErrorStatus: 503,
  hangs: 0,
  characterLimit: UNLIMITED_CHARACTERS,
};

const NUMERIC_KEYS = Object.keys(DEFAULT_FAULTS) as Array<keyof FakeDeeplFaults>;

/** Merges a partial update, ignoring unknown keys and anything that is not a non-negative number. */
export function mergeFaults(current: FakeDeeplFaults, update: Partial<Record<keyof FakeDeeplFaults, unknown>>): FakeDeeplFaults {
  const next = { ...current };
  for (const key of NUMERIC_KEYS) {
    const value = update[key];
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) next[key] = value;
  }
  return next;
}

export type InjectedFault = { kind: "hang" } | { kind: "status"; status: number; message: string } | null;

/** Consumes the next injected fault for one translate request, if any is pending. */
export function takeFault(faults: FakeDeeplFaults): InjectedFault {
  if (faults.hangs > 0) {
    faults.hangs--;
    return { kind: "hang" };
  }
  if (faults.tooManyRequests > 0) {
    faults.tooManyRequests--;
    return { kind: "status", status: 429, message: "Too many requests. Please wait and resend your request." };
  }
  if (faults.serverErrors > 0) {
    faults.serverErrors--;
    return { kind: "status", status: faults.serverErrorStatus, message: "Temporary Error" };
  }
  return null;
}
