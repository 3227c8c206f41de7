/**
 * Translation benchmark: the 123 NTREX-128 news documents (1,997 Indonesian segments, one paragraph each,
 * grouped by DOCUMENT_IDS.tsv) imported into a fresh database and translated through the fake DeepL server
 * (a separate process) answering each request after 100 ms. Compared, in the same run, with a naive client
 * sending one request per paragraph at the same concurrency.
 * Targets: requests ≤ ⌈paragraphs/50⌉ per document; a second run sends 0 requests and bills 0 characters;
 * wall time ≤ 1.5 × ideal (requests × latency ÷ concurrency).
 *
 *   npx tsx bench/translate-ntrex.ts
 *
 * Corpus: NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0, see bench/corpus/ntrex/LICENSE.md.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ParagraphDraft } from "@/lib/bilingual/types";
import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";
import { loadTranslationSource, writeAutomaticTranslations } from "@/lib/db/paragraph-translations";
import { createTestDb } from "@/lib/db/test-db";
import { ACTIVE_JOB_STATES, findLatestJobs, type TranslationJobView } from "@/lib/db/translation-jobs";
import { markNewsStructure } from "@/lib/segment/news-structure";
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "@/lib/translate/config";
import { createDeepLTranslator } from "@/lib/translate/deepl-client";
import type { MachineTranslator } from "@/lib/translate/machine-translator";
import { startDocumentTranslation } from "@/lib/translate/start-translation";
import { DEFAULT_THROTTLE } from "@/lib/translate/throttle";
import { startTranslationWorker } from "@/lib/translate/translation-worker";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = path.join(ROOT, "bench/corpus/ntrex");
const LATENCY_MS = 100;
/** Requests in flight at once: the translator's throttle. */
const CONCURRENCY = DEFAULT_THROTTLE.maxInFlight;
// More jobs than request slots, so one job's database work overlaps the others' requests.
const PARALLEL_JOBS = CONCURRENCY + 2;

function corpusDocuments(): Map<string, string[]> {
  const read = (file: string) => fs.readFileSync(path.join(CORPUS, file), "utf8").replace(/\r?\n$/, "").split(/\r?\n/);
  const segments = read("newstest2019-ref.ind.txt");
  const ids = read("DOCUMENT_IDS.tsv");
  if (segments.length !== ids.length) throw new Error("NTREX segments and document ids are not aligned");
  const documents = new Map<string, string[]>();
  ids.forEach((id, i) => documents.set(id, [...(documents.get(id) ?? []), segments[i]]));
  return documents;
}

async function importCorpus(db: Db, documents: Map<string, string[]>): Promise<number[]> {
  const ids: number[] = [];
  for (const [name, segments] of documents) {
    const paragraphs: ParagraphDraft[] = markNewsStructure(segments.map((sourceText) => ({ kind: "body", sourceText })));
    ids.push(await createDocument(db, { title: `NTREX ${name}`, originKind: "file", originRef: name, paragraphs }));
  }
  return ids;
}

async function startFake(): Promise<{ url: string; stop: () => void }> {
  const env = { ...process.env, FAKE_DEEPL_PORT: "0", FAKE_DEEPL_LATENCY_MS: String(LATENCY_MS) };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/fake-deepl/main.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
    child.on("exit", () => reject(new Error("fake DeepL server exited")));
  });
  return { url, stop: () => child.kill() };
}

interface Figures {
  requests: number;
  billed: number;
  seconds: number;
  /** CPU time of this process (the app side), which machine load does not inflate as it does wall time. */
  cpuSeconds: number;
}

// A fresh connection per control call: a pooled one may have been closed by the server during a long phase.
function control(url: string, method = "GET"): Promise<{ translateRequests: number; billedCharacters: number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(body ? JSON.parse(body) : { translateRequests: 0, billedCharacters: 0 }));
    });
    request.on("error", reject).end();
  });
}

async function measure(fakeUrl: string, work: () => Promise<void>): Promise<Figures> {
  await control(`${fakeUrl}/__fake/reset`, "POST");
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const stats = await control(`${fakeUrl}/__fake/stats`);
  return { requests: stats.translateRequests, billed: stats.billedCharacters, seconds, cpuSeconds: (user + system) / 1e6 };
}

/** Queues every document for one worker, as the app would, and waits until every job has ended. */
async function translateAll(db: Db, documentIds: number[], translator: MachineTranslator): Promise<void> {
  const stop = startTranslationWorker({ db, instanceId: "bench", pollMs: 5, parallelJobs: PARALLEL_JOBS, translator: () => translator });
  for (const id of documentIds) await startDocumentTranslation(db, id, translator);
  const ended = (jobs: Map<number, TranslationJobView>) => [...jobs.values()].every((job) => !ACTIVE_JOB_STATES.includes(job.state));
  while (!ended(await findLatestJobs(db, documentIds))) await new Promise((resolve) => setTimeout(resolve, 25));
  await stop();
}

/** The naive client: every paragraph its own request, no memory, no batching, same concurrency. */
async function translateNaively(db: Db, documentIds: number[], translator: MachineTranslator): Promise<void> {
  const queue: Array<{ id: number; version: number; sourceText: string; targetLang: "en-US" }> = [];
  for (const documentId of documentIds) {
    for (const p of (await loadTranslationSource(db, documentId))?.paragraphs ?? []) queue.push({ ...p, targetLang: "en-US" });
  }
  const lane = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const { texts } = await translator.translate({ texts: [p.sourceText], targetLang: p.targetLang });
      await writeAutomaticTranslations(db, [{ id: p.id, version: p.version, text: texts[0], origin: "machine" }]);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
}

const documents = corpusDocuments();
const paragraphCount = [...documents.values()].reduce((sum, d) => sum + d.length, 0);
const { db, dispose } = await createTestDb();
// WAL: a commit appends to the log instead of rewriting a rollback journal (see the closing note of the report).
if (!process.argv.includes("--rollback-journal")) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
const journal = String(((await db.$queryRawUnsafe("PRAGMA journal_mode")) as Array<{ journal_mode: string }>)[0].journal_mode);
const fake = await startFake();
const translator = createDeepLTranslator({ authKey: "bench-key", serverUrl: fake.url, maxRetries: DEFAULT_MAX_RETRIES, timeoutMs: DEFAULT_TIMEOUT_MS });
try {
  // A long-running server has compiled its queries long before; a first small job does that here, unmeasured.
  await translateAll(db, await importCorpus(db, new Map([["warm-up", ["Pemanasan sebelum pengukuran."]]])), translator);
  const firstIds = await importCorpus(db, documents);
  const batched = await measure(fake.url, () => translateAll(db, firstIds, translator));
  const jobs = await findLatestJobs(db, firstIds);
  const sizes = [...documents.values()].map((segments) => segments.length);
  const withinTarget = firstIds.filter((id, i) => (jobs.get(id)?.requests ?? Infinity) <= Math.ceil(sizes[i] / 50)).length;
  const rerun = await measure(fake.url, () => translateAll(db, firstIds, translator));
  const reimported = await importCorpus(db, documents);
  const fromMemory = await measure(fake.url, () => translateAll(db, reimported, translator));
  const naive = await measure(fake.url, () => importCorpus(db, documents).then((ids) => translateNaively(db, ids, translator)));

  const ideal = (batched.requests * LATENCY_MS) / CONCURRENCY / 1000;
  const row = (label: string, f: Figures) =>
    `${label.padEnd(34)}${f.requests.toLocaleString("en-US").padStart(9)}${f.billed.toLocaleString("en-US").padStart(20)}${`${f.seconds.toFixed(2)} s`.padStart(12)}${`${f.cpuSeconds.toFixed(2)} s`.padStart(10)}`;
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  process.stdout.write(
    [
      `NTREX-128 Indonesian: ${documents.size} documents, ${paragraphCount} paragraphs; fake DeepL ${LATENCY_MS} ms per request; ${CONCURRENCY} requests in flight (${PARALLEL_JOBS} jobs); SQLite journal ${journal}`,
      `${"".padEnd(34)}${"requests".padStart(9)}${"characters billed".padStart(20)}${"wall time".padStart(12)}${"app CPU".padStart(10)}`,
      row("batched, memory first", batched),
      row("second run, same documents", rerun),
      row("second run, documents re-imported", fromMemory),
      row("naive, one request per paragraph", naive),
      "",
      `requests ≤ ⌈paragraphs/50⌉ per document: ${withinTarget}/${documents.size} documents — ${verdict(withinTarget === documents.size)}`,
      `second runs send 0 requests and bill 0 characters — ${verdict(rerun.requests + rerun.billed + fromMemory.requests + fromMemory.billed === 0)}`,
      `wall time ${batched.seconds.toFixed(2)} s vs ideal ${ideal.toFixed(2)} s (${batched.requests} × ${LATENCY_MS} ms ÷ ${CONCURRENCY}): ${(batched.seconds / ideal).toFixed(2)}× — ${verdict(batched.seconds <= 1.5 * ideal)} (target ≤ 1.5×)`,
      `naive / batched: ${(naive.requests / batched.requests).toFixed(1)}× the requests, ${(naive.seconds / batched.seconds).toFixed(1)}× the wall time`,
      `load average when done: ${os.loadavg().map((n) => n.toFixed(1)).join(", ")} on ${os.cpus().length} cores`,
      "",
    ].join("\n"),
  );
} finally {
  fake.stop();
  await dispose();
}
