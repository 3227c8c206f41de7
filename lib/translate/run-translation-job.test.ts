import { describe, expect, it } from "vitest";
import { cancelTranslation } from "./job-control";
import { codePoints, seedDocument, sentences, startJobRun, testTranslator, translateNow } from "./test-helpers";
import { setUpTranslationTests } from "./test-env";

const env = setUpTranslationTests();

const paragraphsOf = (documentId: number) =>
  env.db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, include: { revisions: { orderBy: { id: "asc" } } } });

describe("runTranslationJob", () => {
  it("sends each distinct text once, in batches of at most 50, and writes every paragraph and the memory", async () => {
    const texts = sentences("Alfa", 110);
    const { documentId } = await seedDocument(env.db, [...texts, texts[0], texts[1]], "Judul alfa");
    const job = await translateNow(env.db, documentId, testTranslator(env.fake.url));

    expect(job).toMatchObject({ state: "done", total: 112, done: 112, fromMemory: 0, failed: 0, requests: 3, billedCharacters: codePoints(texts) });
    const stats = env.fake.stats();
    expect(stats.translations.map((t) => t.texts.length)).toEqual([50, 50, 10]);
    expect(stats.billedCharacters).toBe(codePoints(texts));
    expect(stats.translations[0].context).toBe(`Judul alfa\n${texts[0]}`);
    for (const p of await paragraphsOf(documentId)) {
      expect(p).toMatchObject({ status: "machine", targetText: `[EN-US] ${p.sourceText}`, machineText: `[EN-US] ${p.sourceText}`, version: 2 });
      expect(p.revisions.map((r) => [r.origin, r.text, r.version])).toEqual([["machine", `[EN-US] ${p.sourceText}`, 2]]);
    }
    expect(await env.db.memoryEntry.count({ where: { sourceText: { startsWith: "Alfa" } } })).toBe(110);
  });

  it("takes repeated texts from the memory: nothing sent, nothing billed, origin memory", async () => {
    const texts = sentences("Beta", 30);
    await translateNow(env.db, (await seedDocument(env.db, texts)).documentId, testTranslator(env.fake.url));
    env.fake.reset();
    const { documentId } = await seedDocument(env.db, [...texts.slice(0, 20), "Beta yang baru."]);
    const job = await translateNow(env.db, documentId, testTranslator(env.fake.url));
    expect(job).toMatchObject({ state: "done", done: 21, fromMemory: 20, requests: 1, billedCharacters: codePoints(["Beta yang baru."]) });
    expect(env.fake.stats().translations.map((t) => t.texts)).toEqual([["Beta yang baru."]]);
    const [first] = await paragraphsOf(documentId);
    expect(first.revisions[0]).toMatchObject({ origin: "memory", text: `[EN-US] ${texts[0]}` });

    const again = await translateNow(env.db, documentId, testTranslator(env.fake.url));
    expect(again).toMatchObject({ state: "done", total: 0, requests: 0, billedCharacters: 0 });
    expect(env.fake.stats().requests).toBe(1);
  });

  it("never sends datelines, copies credit and related lines verbatim, and leaves people's English alone", async () => {
    const { documentId, ids } = await seedDocument(env.db, [
      { kind: "body", dateline: "TEMPO.CO, Jakarta - ", sourceText: "Gamma dibuka di Jakarta." },
      { kind: "body", sourceText: "Gamma sudah diterjemahkan.", targetText: "Already translated by a person." },
      { kind: "credit", sourceText: "ANTARA/AFP" },
      { kind: "related", sourceText: "Baca juga: Gamma lain" },
    ]);
    await translateNow(env.db, documentId, testTranslator(env.fake.url));
    expect(env.fake.stats().translations.flatMap((t) => t.texts)).toEqual(["Gamma dibuka di Jakarta."]);
    const [dated, human, credit, related] = await paragraphsOf(documentId);
    expect(dated).toMatchObject({ id: ids[0], dateline: "TEMPO.CO, Jakarta - ", targetText: "[EN-US] Gamma dibuka di Jakarta." });
    expect(human).toMatchObject({ status: "reviewed", targetText: "Already translated by a person.", version: 1 });
    expect(credit).toMatchObject({ status: "machine", targetText: "ANTARA/AFP", machineText: null });
    expect(credit.revisions[0].origin).toBe("tool");
    expect(related.targetText).toBe("Baca juga: Gamma lain");
  });

  it("keeps a person's save that lands while the request is in flight", async () => {
    const texts = sentences("Delta", 3);
    const { documentId, ids } = await seedDocument(env.db, texts);
    env.fake.setFaults({ latencyMs: 300 });
    const running = translateNow(env.db, documentId, testTranslator(env.fake.url, "test-key", 2000));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await env.db.paragraph.update({ where: { id: ids[1] }, data: { targetText: "Typed by a person.", status: "edited", version: { increment: 1 } } });
    const job = await running;
    expect(job).toMatchObject({ state: "done", done: 3 });
    const [, saved] = await paragraphsOf(documentId);
    expect(saved).toMatchObject({ status: "edited", targetText: "Typed by a person.", machineText: null, version: 2 });
    expect(saved.revisions).toEqual([]);
  });

  it("stops between requests when cancelled; what was translated stays", async () => {
    const { documentId } = await seedDocument(env.db, sentences("Epsilon", 150));
    env.fake.setFaults({ latencyMs: 100 });
    const { jobId, ended } = await startJobRun(env.db, documentId, testTranslator(env.fake.url), { concurrency: 1 });
    // Cancelled while the second request is in flight: its answer is kept (it is paid for), no third request is sent.
    while (env.fake.stats().translateRequests < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await cancelTranslation(env.db, jobId);
    const end = await ended;
    expect(end).toMatchObject({ state: "cancelled", done: 100, requests: 2 });
    expect(env.fake.stats().translateRequests).toBe(2);
    const statuses = (await paragraphsOf(documentId)).map((p) => p.status);
    expect(statuses.filter((s) => s === "untranslated")).toHaveLength(50);
  });
});
