import { db as appDb, type Db } from "@/lib/db/client";
import { claimJob, finishJob } from "@/lib/db/translation-jobs";
import type { MachineTranslator } from "./machine-translator";
import { LEASE_MS, runTranslationJob } from "./run-translation-job";
import { translatorFromEnv } from "./shared-translator";

export interface TranslationWorkerOptions {
  /** Names this app instance in job leases; unique per process (e.g. host name and pid). */
  instanceId: string;
  /** How often to look for claimable jobs when idle. */
  pollMs?: number;
  leaseMs?: number;
  /** Jobs this instance runs at once; requests are capped by the translator's throttle in any case. */
  parallelJobs?: number;
  /** Requests each job keeps in flight. */
  concurrency?: number;
  db?: Db;
  translator?: () => MachineTranslator | null;
}

/**
 * Runs translation jobs outside requests: claims queued jobs and jobs whose
 * lease expired (their instance died), runs them, and looks again when one
 * ends. Several instances may share one database; a lease decides who runs
 * what. Returns a stop function that hands running jobs back to the queue.
 */
export function startTranslationWorker(options: TranslationWorkerOptions): () => Promise<void> {
  const db = options.db ?? appDb;
  const { instanceId } = options;
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const parallelJobs = options.parallelJobs ?? 2;
  const translatorFor = options.translator ?? (() => translatorFromEnv());
  const controller = new AbortController();
  const running = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | null = null;
  let again = false;

  async function execute(jobId: number): Promise<void> {
    const translator = translatorFor();
    if (!translator) return finishJob(db, jobId, instanceId, "failed", "deeplNoKey");
    await runTranslationJob(db, jobId, { translator, owner: instanceId, leaseMs, concurrency: options.concurrency, signal: controller.signal });
  }

  async function claimWhileRoom(): Promise<void> {
    while (!controller.signal.aborted && running.size < parallelJobs) {
      const job = await claimJob(db, instanceId, leaseMs);
      if (!job) return;
      const run: Promise<void> = execute(job.id)
        .catch((error) => console.error(error))
        .finally(() => {
          running.delete(run);
          tick();
        });
      running.add(run);
    }
  }

  function tick(): void {
    if (controller.signal.aborted) return;
    if (ticking) {
      again = true;
      return;
    }
    clearTimeout(timer);
    ticking = claimWhileRoom()
      .catch((error) => console.error(error))
      .finally(() => {
        ticking = null;
        if (again) {
          again = false;
          tick();
        } else if (!controller.signal.aborted) {
          timer = setTimeout(tick, pollMs);
        }
      });
  }

  tick();
  return async () => {
    controller.abort();
    clearTimeout(timer);
    await ticking;
    await Promise.all([...running]);
  };
}
