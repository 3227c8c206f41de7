/** One line of the save benchmark's table: a scenario on one server. */
export interface Figures {
  label: string;
  throughput: number;
  p50: number;
  p99: number;
  ok: number;
  conflicts: number;
  failures: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const HEADER = `${"scenario".padEnd(16)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"200".padStart(8)} ${"409".padStart(8)} ${"failed".padStart(8)}`;

export function row(f: Figures): string {
  return [f.label.padEnd(16), f.throughput.toFixed(0).padStart(8), f.p50.toFixed(1).padStart(8), f.p99.toFixed(1).padStart(8), String(f.ok).padStart(8), String(f.conflicts).padStart(8), String(f.failures).padStart(8)].join(" ");
}
