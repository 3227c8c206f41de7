/**
 * `npm run dev:fake-deepl`: a DeepL-compatible development aid, not a translator.
 * FAKE_DEEPL_PORT (default 8090), FAKE_DEEPL_LATENCY_MS and FAKE_DEEPL_CHARACTER_LIMIT set it up;
 * POST /__fake/faults, GET /__fake/stats and POST /__fake/reset steer it while it runs.
 */
import { startFakeDeepl } from "./server";

function numberFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  return raw === undefined || raw === "" ? undefined : Number(raw);
}

const fake = await startFakeDeepl({
  port: numberFromEnv("FAKE_DEEPL_PORT") ?? 8090,
  faults: { latencyMs: numberFromEnv("FAKE_DEEPL_LATENCY_MS"), characterLimit: numberFromEnv("FAKE_DEEPL_CHARACTER_LIMIT") },
});

process.stdout.write(`Fake DeepL listening on ${fake.url}
Point Selaras at it (any key works except one containing "invalid"):
  DEEPL_SERVER_URL=${fake.url} DEEPL_AUTH_KEY=fake-key npm run dev
Steer it:
  curl -X POST ${fake.url}/__fake/faults -H 'Content-Type: application/json' -d '{"latencyMs":100,"tooManyRequests":3}'
  curl ${fake.url}/__fake/stats
  curl -X POST ${fake.url}/__fake/reset
`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void fake.close().then(() => process.exit(0)));
}
