import { setTimeout as sleep } from "node:timers/promises";

export interface ThrottleOptions {
  /** Requests allowed in flight at once, across every job of this process. */
  maxInFlight: number;
  /** First pause after DeepL stayed busy through deepl-node's retries; doubles on each further busy answer. */
  cooldownMs: number;
  maxCooldownMs: number;
  /** Extra attempts, each after a cool-down, once deepl-node's retries ran out. */
  retries: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { maxInFlight: 4, cooldownMs: 2_000, maxCooldownMs: 16_000, retries: 3 };

/**
 * Our own brake in front of deepl-node. deepl-node retries each request on its
 * own, so concurrent requests keep hammering a busy server until every one has
 * exhausted its retries. Here a busy answer makes all requests of the process
 * wait out one shared, growing cool-down before they start, and the failed
 * request is tried again after it.
 */
export class Throttle {
  private inFlight = 0;
  private waiting: Array<() => void> = [];
  private cooldown = 0;
  private resumeAt = 0;

  constructor(private readonly options: ThrottleOptions = DEFAULT_THROTTLE) {}

  private async acquire(): Promise<void> {
    while (this.inFlight >= this.options.maxInFlight) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
  }

  private release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }

  private async waitOutCooldown(): Promise<void> {
    for (let wait = this.resumeAt - Date.now(); wait > 0; wait = this.resumeAt - Date.now()) await sleep(wait);
  }

  /** Runs `task` when a slot is free and no cool-down is pending; retries it while `isTransient` says so. */
  async run<T>(task: () => Promise<T>, isTransient: (error: unknown) => boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      await this.waitOutCooldown();
      await this.acquire();
      try {
        const result = await task();
        this.cooldown = 0;
        return result;
      } catch (error) {
        if (!isTransient(error)) throw error;
        this.cooldown = Math.min(this.options.maxCooldownMs, this.cooldown === 0 ? this.options.cooldownMs : this.cooldown * 2);
        this.resumeAt = Math.max(this.resumeAt, Date.now() + this.cooldown);
        if (attempt >= this.options.retries) throw error;
      } finally {
        this.release();
      }
    }
  }
}
