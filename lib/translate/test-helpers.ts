/** Shared set-up for the translation tests: the real deepl-node client pointed at the fake server, tuned to fail fast. */
import type { ParagraphDraft } from "@/lib/bilingual/types";
import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";
import { claimJob, type TranslationJobView } from "@/lib/db/translation-jobs";
import { createDeepLTranslator } from "./deepl-client";
import type { MachineTranslator } from "./machine-translator";
import { runTranslationJob, type RunJobOptions } from "./run-translation-job";
import { startDocumentTranslation } from "./start-translation";

/**
 * deepl-node makes 2 attempts (one backoff of ~1 s); our throttle adds 2 more after short cool-downs.
 * The fake shares the test's event loop, so only tests that make it hang pass a short timeout.
 */
export function testTranslator(serverUrl: string, authKey = "test-key", timeoutMs = 5000): MachineTranslator {
  return createDeepLTranslator({ authKey, serverUrl, maxRetries: 2, timeoutMs }, { maxInFlight: 4, cooldownMs: 50, maxCooldownMs: 200, retries: 2 });
}

/** Stores a document; plain strings become body paragraphs. Returns its id and paragraph ids in order. */
export async function seedDocument(db: Db, paragraphs: Array<string | ParagraphDraft>, title = "Dokumen uji"): Promise<{ documentId: number; ids: number[] }> {
  const drafts = paragraphs.map((p) => (typeof p === "string" ? { kind: "body" as const, sourceText: p } : p));
  const documentId = await createDocument(db, { title, originKind: "paste", paragraphs: drafts });
  const rows = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true } });
  return { documentId, ids: rows.map((r) => r.id) };
}

/** Starts a job for the document, claims it and runs it in this process, as the CLI does; `ended` resolves with the job at its end. */
export async function startJobRun(
  db: Db,
  documentId: number,
  translator: MachineTranslator,
  options: Partial<RunJobOptions> = {},
): Promise<{ jobId: number; ended: Promise<TranslationJobView> }> {
  const job = await startDocumentTranslation(db, documentId, translator);
  const owner = options.owner ?? "test";
  await claimJob(db, owner, options.leaseMs ?? 30_000, job.id);
  return { jobId: job.id, ended: runTranslationJob(db, job.id, { translator, owner, ...options }).then((end) => end!) };
}

export async function translateNow(db: Db, documentId: number, translator: MachineTranslator, options: Partial<RunJobOptions> = {}): Promise<TranslationJobView> {
  return (await startJobRun(db, documentId, translator, options)).ended;
}

/** Distinct Indonesian sentences, "<prefix> kalimat nomor 1." onwards. */
export const sentences = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} kalimat nomor ${i + 1}.`);

/** What DeepL bills for these texts. */
export const codePoints = (texts: string[]) => texts.reduce((sum, t) => sum + [...t].length, 0);
