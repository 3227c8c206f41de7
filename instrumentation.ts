/**
 * Starts this app instance's translation worker when the server boots (Node runtime only).
 * Jobs live in the database, so any instance may run them; a killed instance's job is resumed
 * by whichever instance claims it after its lease expires. SELARAS_LEASE_MS sets how long a
 * claim holds without renewal (default 30 s): shorter means faster takeover, more renewals.
 * The Node-only work lives in the imported module, so the Edge build of this file stays clean.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SELARAS_DISABLE_WORKER === "1") return;
  const { runWorkerInServer } = await import("@/lib/translate/run-worker-in-server");
  runWorkerInServer();
}
