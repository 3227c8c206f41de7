import { describe, expect, it } from "vitest";
import { Throttle } from "./throttle";

const busy = new Error("busy");
const isBusy = (error: unknown) => error === busy;

describe("Throttle", () => {
  it("never lets more than maxInFlight tasks run at once", async () => {
    const throttle = new Throttle({ maxInFlight: 2, cooldownMs: 1, maxCooldownMs: 1, retries: 0 });
    let running = 0;
    let peak = 0;
    const task = async () => {
      peak = Math.max(peak, ++running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
    };
    await Promise.all(Array.from({ length: 6 }, () => throttle.run(task, isBusy)));
    expect(peak).toBe(2);
  });

  it("retries a busy task after a cool-down that doubles each time", async () => {
    const throttle = new Throttle({ maxInFlight: 4, cooldownMs: 40, maxCooldownMs: 1000, retries: 3 });
    let failures = 2;
    const started = Date.now();
    const result = await throttle.run(async () => {
      if (failures-- > 0) throw busy;
      return "ok";
    }, isBusy);
    expect(result).toBe("ok");
    expect(Date.now() - started).toBeGreaterThanOrEqual(40 + 80 - 2);
  });

  it("makes every caller wait out a cool-down, not only the one that met the busy answer", async () => {
    const throttle = new Throttle({ maxInFlight: 4, cooldownMs: 60, maxCooldownMs: 1000, retries: 1 });
    let failed = false;
    const started = Date.now();
    const flaky = throttle.run(async () => {
      if (!failed) {
        failed = true;
        throw busy;
      }
    }, isBusy);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const bystanderStart = await throttle.run(async () => Date.now() - started, isBusy);
    await flaky;
    expect(bystanderStart).toBeGreaterThanOrEqual(58);
  });

  it("gives up after its retries and passes other errors straight through", async () => {
    const throttle = new Throttle({ maxInFlight: 1, cooldownMs: 1, maxCooldownMs: 2, retries: 2 });
    let calls = 0;
    await expect(throttle.run(async () => { calls++; throw busy; }, isBusy)).rejects.toBe(busy);
    expect(calls).toBe(3);
    const other = new Error("other");
    await expect(throttle.run(async () => { throw other; }, isBusy)).rejects.toBe(other);
  });
});
