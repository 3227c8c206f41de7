import os from "node:os";

/**
 * Starts this app instance's translation worker when the server boots (Node runtime only).
 * Jobs live in the database, so any instance may run them; a killed instance's job is resumed
 * by whichever instance claims it after its lease expires. SELARAS_LEASE_MS sets how long a
 * claim holds without renewal (default 30 s): shorter means faster takeover, more renewals.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SELARAS_DISABLE_WORKER === "1") return;
  const { startTranslationWorker } = await import("@/lib/translate/translation-worker");
  const leaseMs = Number(process.env.SELARAS_LEASE_MS) || undefined;
  const stop = startTranslationWorker({ instanceId: process.env.SELARAS_INSTANCE_ID ?? `${os.hostname()}-${process.pid}`, leaseMs });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(0));
    });
  }
}
