import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeDeepl, type FakeDeepl } from "./server";

let fake: FakeDeepl;
beforeAll(async () => (fake = await startFakeDeepl()));
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const auth = { Authorization: "DeepL-Auth-Key test-key" };

function form(body: URLSearchParams, headers: Record<string, string> = auth) {
  return fetch(`${fake.url}/v2/translate`, { method: "POST", headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body });
}

function texts(...values: string[]): URLSearchParams {
  const params = new URLSearchParams({ target_lang: "en-US", source_lang: "id" });
  for (const value of values) params.append("text", value);
  return params;
}

describe("fake DeepL /v2/translate", () => {
  it("translates repeated form texts deterministically and bills code points, never the context", async () => {
    const params = texts("Kim tiba.", "Rusia—ñ");
    params.append("show_billed_characters", "1");
    params.append("context", "Konteks panjang yang tidak ditagih.");
    const res = await form(params);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: "ID", text: "[EN-US] Kim tiba.", billed_characters: 9 },
        { detected_source_language: "ID", text: "[EN-US] Rusia—ñ", billed_characters: 7 },
      ],
    });
    const stats = fake.stats();
    expect(stats).toMatchObject({ requests: 1, translateRequests: 1, translatedTexts: 2, billedCharacters: 16 });
    expect(stats.translations[0].context).toBe("Konteks panjang yang tidak ditagih.");
  });

  it("accepts JSON bodies and leaves billed_characters out unless asked", async () => {
    const res = await fetch(`${fake.url}/v2/translate`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ text: ["Satu", "Dua"], target_lang: "EN-GB" }),
    });
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: "ID", text: "[EN-GB] Satu" },
        { detected_source_language: "ID", text: "[EN-GB] Dua" },
      ],
    });
  });

  it("refuses more than 50 texts with 400 and a body over 128 KiB with 413", async () => {
    const tooMany = await form(texts(...Array.from({ length: 51 }, (_, i) => `t${i}`)));
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).message).toMatch(/Too many texts/);
    expect((await form(texts(...Array.from({ length: 50 }, (_, i) => `t${i}`)))).status).toBe(200);
    const tooLarge = await form(texts("a".repeat(128 * 1024)));
    expect(tooLarge.status).toBe(413);
    expect(fake.stats().statuses).toEqual({ "200": 1, "400": 1, "413": 1 });
  });

  it("neither translates nor bills a request whose client went away before the answer", async () => {
    fake.setFaults({ latencyMs: 150 });
    const controller = new AbortController();
    const sent = fetch(`${fake.url}/v2/translate`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/x-www-form-urlencoded" },
      body: texts("Hilang di jalan."),
      signal: controller.signal,
    }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await sent;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.stats()).toMatchObject({ translateRequests: 1, abandoned: 1, translatedTexts: 0, billedCharacters: 0 });
  });

  it("answers 403 for a missing or rejected key", async () => {
    expect((await form(texts("x"), {})).status).toBe(403);
    expect((await form(texts("x"), { Authorization: "DeepL-Auth-Key an-invalid-key" })).status).toBe(403);
    expect(fake.stats().billedCharacters).toBe(0);
  });

  it("injects 429, 5xx and quota exhaustion, then recovers", async () => {
    fake.setFaults({ tooManyRequests: 1, serverErrors: 1, serverErrorStatus: 502, characterLimit: 10 });
    expect((await form(texts("abc"))).status).toBe(429);
    expect((await form(texts("abc"))).status).toBe(502);
    expect((await form(texts("abcdefgh"))).status).toBe(200);
    const over = await form(texts("abc"));
    expect(over.status).toBe(456);
    expect(await over.json()).toEqual({ message: "Quota for this billing period has been exceeded." });
    const usage = await fetch(`${fake.url}/v2/usage`, { headers: auth });
    expect(await usage.json()).toEqual({ character_count: 8, character_limit: 10 });
  });

  it("holds a request open when told to hang, and delays answers by the latency", async () => {
    fake.setFaults({ hangs: 1, latencyMs: 60 });
    const hung = fetch(`${fake.url}/v2/translate`, { method: "POST", headers: auth, body: texts("x"), signal: AbortSignal.timeout(300) });
    await expect(hung).rejects.toThrow();
    const started = Date.now();
    expect((await form(texts("x"))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe("fake DeepL control API", () => {
  it("sets faults, reports statistics and resets over HTTP", async () => {
    const set = await fetch(`${fake.url}/__fake/faults`, { method: "POST", body: JSON.stringify({ tooManyRequests: 2, bogus: 1 }) });
    expect(await set.json()).toMatchObject({ tooManyRequests: 2, latencyMs: 0 });
    expect((await form(texts("x"))).status).toBe(429);
    expect(await (await fetch(`${fake.url}/__fake/stats`)).json()).toMatchObject({ requests: 1, statuses: { "429": 1 } });
    expect((await fetch(`${fake.url}/__fake/reset`, { method: "POST" })).status).toBe(204);
    expect((await form(texts("x"))).status).toBe(200);
    expect(fake.stats().requests).toBe(1);
  });
});
