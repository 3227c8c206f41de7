/**
 * Two app server instances (scripts/server.ts, as `npm start` runs it) on one fresh PostgreSQL database translate a document through the fake DeepL server
 * while edits are saved through both; the instance holding the job's lease is killed mid-job. Needs a production
 * build: `npm test` runs the end-to-end step (which builds) first; alone, `npm run test:integration` builds when
 * .next is missing or older than the sources.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "@/bench/servers";
import { createDocument } from "@/lib/db/documents";
import type { TestDb } from "@/lib/db/test-db";
import { createPostgresTestDb } from "@/lib/db/test-db-postgres";
import { startDocumentTranslation } from "@/lib/translate/start-translation";
import { billedCharacters } from "@/lib/translate/billing";
import { testTranslator } from "@/lib/translate/test-helpers";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";
import { checkEdits } from "./check-edits";
import { editLoop, emptyEditLog } from "./edit-loop";

const UNTRANSLATED = 600;
const TRANSLATED = 40;
const LEASE_MS = 2000;
const LATENCY_MS = 700;

let testDb: TestDb;
let fake: FakeDeepl;
const apps = new Map<string, RunningApp>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const source = (i: number) => `Kalimat ${i} dari laporan anggaran daerah tahun ini.`;

beforeAll(async () => {
  testDb = await createPostgresTestDb();
  fake = await startFakeDeepl({ faults: { latencyMs: LATENCY_MS } });
  // One after the other: the first builds when the build is stale, the second reuses it.
  for (const id of ["selaras-a", "selaras-b"]) {
    const env = { SELARAS_INSTANCE_ID: id, SELARAS_LEASE_MS: String(LEASE_MS), DEEPL_SERVER_URL: fake.url, DEEPL_AUTH_KEY: "fake-key" };
    apps.set(id, await startApp(process.cwd(), testDb.url, false, env));
  }
}, 300_000);

afterAll(async () => {
  for (const app of apps.values()) app.stop();
  await fake?.close();
  await testDb?.dispose();
});

describe("two app instances on one PostgreSQL database", () => {
  it("finish a job whose instance was killed, bill every text once and lose no acknowledged edit", async () => {
    const { db } = testDb;
    const paragraphs = [
      ...Array.from({ length: TRANSLATED }, (_, i) => ({ kind: "body" as const, sourceText: `Sudah diterjemahkan ${i}.`, targetText: `Already translated ${i}.` })),
      ...Array.from({ length: UNTRANSLATED }, (_, i) => ({ kind: "body" as const, sourceText: source(i) })),
    ];
    const documentId = await createDocument(db, { title: "Anggaran daerah", originKind: "paste", paragraphs });
    const stored = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    const versions = new Map(stored.map((p) => [p.id, p.version]));
    // Edits go to paragraphs the job leaves alone and to ones it is about to translate; both instances share some.
    const editIds = [...stored.slice(0, 12), ...stored.slice(TRANSLATED, TRANSLATED + 6), ...stored.slice(TRANSLATED + 400, TRANSLATED + 406)].map((p) => p.id);

    const job = await startDocumentTranslation(db, documentId, testTranslator(fake.url));
    const log = emptyEditLog();
    let editing = true;
    let victim: string | null = null;
    const loops = [...apps].flatMap(([label, app]) =>
      [0, 1].map((k) =>
        editLoop({ url: app.url, label: `${label}/${k}`, ids: editIds.slice(k * 6), versions, log, running: () => editing, killed: () => victim === label }),
      ),
    );

    const owners: string[] = [];
    let heldAt = 0;
    const watch = async () => {
      for (;;) {
        const row = await db.translationJob.findUniqueOrThrow({ where: { id: job.id } });
        if (row.leaseOwner && owners.at(-1) !== row.leaseOwner) owners.push(row.leaseOwner);
        // Mid-job, DeepL stops answering; once the lease holder has stored every answer it got in the translation
        // memory (which a resumed job reads first) and its next requests wait, it is killed: the usual state of a
        // job, made exact. (A crash between an answer and its commit would cost that batch twice: DeepL bills answers.)
        if (!heldAt && row.done >= 50) {
          fake.setFaults({ hangs: 1000 });
          heldAt = Date.now();
        }
        const stored = () => db.memoryEntry.count({ where: { origin: "machine" } });
        if (!victim && heldAt && Date.now() - heldAt > LATENCY_MS + 300 && row.leaseOwner && (await stored()) === fake.stats().translatedTexts) {
          victim = row.leaseOwner;
          apps.get(victim)!.process.kill("SIGKILL");
          fake.setFaults({ hangs: 0 });
        }
        if (row.state !== "queued" && row.state !== "running") return row;
        await sleep(50);
      }
    };
    const finished = await watch();
    editing = false;
    await Promise.all(loops);

    const survivor = [...apps.keys()].find((id) => id !== victim)!;
    expect(victim).not.toBeNull();
    expect(apps.get(victim!)!.process.signalCode).toBe("SIGKILL");
    expect(finished).toMatchObject({ state: "done", failed: 0, done: finished.total });
    expect(owners).toEqual([victim, survivor]);

    const sent = fake.stats().translations.flatMap((entry) => entry.texts);
    expect(new Set(sent).size).toBe(sent.length);
    expect(fake.stats().billedCharacters).toBe(sent.reduce((sum, text) => sum + billedCharacters(text), 0));
    const edited = new Set(editIds);
    const untouched = stored.slice(TRANSLATED).flatMap((p, i) => (edited.has(p.id) ? [] : [source(i)]));
    expect(sent.filter((text) => untouched.includes(text)).sort()).toEqual(untouched.sort());
    expect(sent.every((text) => text.startsWith("Kalimat "))).toBe(true);

    const final = await db.paragraph.findMany({ where: { documentId }, select: { id: true, version: true, targetText: true } });
    expect(final.filter((p) => p.targetText === null)).toEqual([]);
    const revisions = await db.revision.findMany({ where: { paragraph: { documentId }, field: "target" }, select: { paragraphId: true, version: true, text: true, origin: true } });
    expect(log.failures).toEqual([]);
    expect(log.acked.length).toBeGreaterThan(0);
    expect(checkEdits(log, final, revisions)).toEqual([]);
    console.log(
      `victim ${victim}, survivor ${survivor}: ${sent.length} texts billed once, ` +
        `${log.acked.length} edits acknowledged`,
    );
  }, 90_000);
});
