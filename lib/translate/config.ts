export interface DeepLConfig {
  authKey: string;
  /** A DeepL-compatible server (tests, proxies); deepl-node picks api.deepl.com or api-free.deepl.com otherwise. */
  serverUrl?: string;
  /** Attempts per request inside deepl-node (it retries 429, 5xx and timeouts with backoff). */
  maxRetries: number;
  /** Per-attempt timeout inside deepl-node. */
  timeoutMs: number;
}

// A full 50-text request can take DeepL several seconds; a stalled connection should not hold a batch much longer.
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_RETRIES = 4;

type Env = Record<string, string | undefined>;

/** The DeepL settings from the environment, or null when no key is set (everything else keeps working). */
export function deeplConfigFromEnv(env: Env = process.env): DeepLConfig | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return null;
  const serverUrl = env.DEEPL_SERVER_URL?.trim();
  return { authKey, serverUrl: serverUrl || undefined, maxRetries: DEFAULT_MAX_RETRIES, timeoutMs: DEFAULT_TIMEOUT_MS };
}
