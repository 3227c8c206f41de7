import fs from "node:fs";
import { E2E_SERVERS_FILE } from "./servers-file";

interface E2EServers {
  fakeDeeplUrl: string;
  noKeyUrl: string;
}

export function e2eServers(): E2EServers {
  return JSON.parse(fs.readFileSync(E2E_SERVERS_FILE, "utf8")) as E2EServers;
}

const UNLIMITED_CHARACTERS = 1_000_000_000_000;

/** Steers the fake DeepL server the main e2e instance translates with. */
export const fakeDeepl = {
  async setFaults(faults: { latencyMs?: number; characterLimit?: number }): Promise<void> {
    const response = await fetch(`${e2eServers().fakeDeeplUrl}/__fake/faults`, { method: "POST", body: JSON.stringify(faults) });
    if (!response.ok) throw new Error(`fake DeepL refused the faults: ${response.status}`);
  },
  /** Characters billed so far to the e2e key. */
  async characterCount(): Promise<number> {
    const response = await fetch(`${e2eServers().fakeDeeplUrl}/v2/usage`, { headers: { Authorization: "DeepL-Auth-Key e2e-fake-key" } });
    return ((await response.json()) as { character_count: number }).character_count;
  },
  /** Back to a fast, unlimited account. */
  async restore(): Promise<void> {
    await this.setFaults({ latencyMs: 0, characterLimit: UNLIMITED_CHARACTERS });
  },
};
