import autocannon from "autocannon";
import type { SaveLedger } from "./ledger";

export interface LoadOptions {
  /** Instances of one server behind an imagined load balancer: the connections are spread evenly over them. */
  urls: readonly string[];
  connections: number;
  durationSeconds: number;
  /** The paragraphs connection `k` edits, in turn. */
  targetsOf: (connection: number) => number[];
  /** Each paragraph's version before the run. */
  versions: Map<number, number>;
  ledger: SaveLedger;
}

/** What one slice of load produced; slices of the same scenario add up. */
export interface LoadSlice {
  seconds: number;
  /** Milliseconds from sending each answered request to its answer. */
  latencies: number[];
  failures: number;
}

/**
 * Drives PUT /api/paragraphs/{id} with `connections` concurrent clients for a fixed time. Every
 * client sends the version it last saw, so on shared paragraphs some saves are stale and must
 * come back as 409s carrying the current version, which the client then adopts. Each client
 * gets its own request closure: autocannon resets a request's `context` after every response.
 */
export async function runLoad(options: LoadOptions): Promise<LoadSlice> {
  let nextConnection = 0;
  const latencies: number[] = [];
  const failuresBefore = options.ledger.failures;
  const share = (i: number) => Math.floor(options.connections / options.urls.length) + (i < options.connections % options.urls.length ? 1 : 0);
  const results = await Promise.all(options.urls.map((url, i) => drive(url, share(i))));
  const seconds = Math.max(...results.map((result) => result.duration));
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  return { seconds, latencies, failures: options.ledger.failures - failuresBefore + errors };

  function drive(url: string, connections: number) {
    return autocannon({
      url,
      connections,
      duration: options.durationSeconds,
      setupClient: (client) => {
        const k = nextConnection++;
        const targets = options.targetsOf(k);
        const known = new Map<number, number>();
        let turn = 0;
        let pending = { id: 0, version: 0, sentAt: 0 };
        client.setRequests([
          {
            method: "PUT",
            setupRequest: (request) => {
              const id = targets[turn++ % targets.length];
              pending = { id, version: known.get(id) ?? options.versions.get(id)!, sentAt: performance.now() };
              options.ledger.sent(id);
              const text = `Edit ${turn} by client ${k}: the minister said the budget would rise by Rp1.5 trillion.`;
              return { ...request, path: `/api/paragraphs/${id}`, headers: { "content-type": "application/json" }, body: JSON.stringify({ text, version: pending.version }) };
            },
            onResponse: (status, body) => {
              latencies.push(performance.now() - pending.sentAt);
              const seen = options.ledger.record(pending.id, pending.version, status, body);
              if (seen !== null) known.set(pending.id, seen);
            },
          },
        ]);
      },
    });
  }
}
