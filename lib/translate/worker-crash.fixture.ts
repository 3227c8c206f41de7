/**
 * Child process of translation-worker.test.ts: an app instance that claims a
 * job, gets one answer from DeepL and then hangs on its next request until the
 * test kills it — a crash in the middle of a job.
 */
import { createDb } from "@/lib/db/client";
import { claimJob } from "@/lib/db/translation-jobs";
import type { MachineTranslator } from "./machine-translator";
import { runTranslationJob } from "./run-translation-job";
import { testTranslator } from "./test-helpers";

const [databaseUrl, serverUrl, jobId, leaseMs] = process.argv.slice(2);
const db = createDb(databaseUrl);
const real = testTranslator(serverUrl);
let calls = 0;
const translator: MachineTranslator = { ...real, translate: (request) => (++calls === 1 ? real.translate(request) : new Promise(() => {})) };
await claimJob(db, "doomed", Number(leaseMs), Number(jobId));
await runTranslationJob(db, Number(jobId), { translator, owner: "doomed", leaseMs: Number(leaseMs), concurrency: 1 });
