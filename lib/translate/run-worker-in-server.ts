import os from "node:os";
import { startTranslationWorker } from "./translation-worker";

/**
 * This app instance's translation worker, for the lifetime of the server process. On SIGTERM/SIGINT
 * running jobs are handed back to the queue before the process exits, so another instance takes them over at once.
 */
export function runWorkerInServer(): void {
  const leaseMs = Number(process.env.SELARAS_LEASE_MS) || undefined;
  const stop = startTranslationWorker({ instanceId: process.env.SELARAS_INSTANCE_ID ?? `${os.hostname()}-${process.pid}`, leaseMs });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(0));
    });
  }
}
