import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";
import { AppError } from "@/lib/errors/app-error";
import { testTranslator } from "./test-helpers";

let fake: FakeDeepl;
beforeAll(async () => (fake = await startFakeDeepl()));
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const request = { texts: ["Satu.", "Dua."], targetLang: "en-US" as const };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("DeepL client wrapper", () => {
  it("translates in one request, context unbilled, and reads the usage", async () => {
    const translator = testTranslator(fake.url);
    expect(await translator.translate({ ...request, context: "Konteks." })).toEqual({ texts: ["[EN-US] Satu.", "[EN-US] Dua."], billedCharacters: 9 });
    expect(fake.stats().translations[0]).toMatchObject({ texts: ["Satu.", "Dua."], context: "Konteks.", sourceLang: "ID", targetLang: "EN-US" });
    expect(await translator.usage()).toEqual({ characterCount: 9, characterLimit: 1_000_000_000_000 });
  });

  it("maps 403 to deeplBadKey and 456 to deeplQuotaExceeded without retrying", async () => {
    expect(await codeOf(testTranslator(fake.url, "an-invalid-key").translate(request))).toBe("deeplBadKey");
    fake.setFaults({ characterLimit: 3 });
    expect(await codeOf(testTranslator(fake.url).translate(request))).toBe("deeplQuotaExceeded");
    expect(fake.stats().requests).toBe(2);
  });

  it("rides out a 429 burst longer than deepl-node's own retries", async () => {
    fake.setFaults({ tooManyRequests: 3 });
    expect((await testTranslator(fake.url).translate(request)).texts).toHaveLength(2);
    expect(fake.stats().statuses).toEqual({ "429": 3, "200": 1 });
  });

  it("gives up with deeplBusy when 5xx answers outlast every retry", async () => {
    fake.setFaults({ serverErrors: 100, serverErrorStatus: 500 });
    expect(await codeOf(testTranslator(fake.url).translate(request))).toBe("deeplBusy");
    // 3 tries of ours, each with deepl-node's 2 attempts.
    expect(fake.stats().statuses).toEqual({ "500": 6 });
  });

  it("retries a request that hangs past the timeout", async () => {
    fake.setFaults({ hangs: 1 });
    expect((await testTranslator(fake.url, "test-key", 400).translate(request)).texts).toEqual(["[EN-US] Satu.", "[EN-US] Dua."]);
    expect(fake.stats().translateRequests).toBe(2);
  });

  it("reports deeplUnavailable when nothing answers", async () => {
    const gone = await startFakeDeepl();
    await gone.close();
    expect(await codeOf(testTranslator(gone.url).translate(request))).toBe("deeplUnavailable");
  });
});
