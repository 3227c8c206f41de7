import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { acceptCandidate, dismissCandidate } from "@/lib/db/paragraph-candidates";
import { createTestDb } from "@/lib/db/test-db";
import { startFakeDeepl, type FakeDeepl } from "@/scripts/fake-deepl/server";
import { retranslateParagraph } from "./retranslate-paragraph";
import { seedDocument, testTranslator } from "./test-helpers";

let db: Db;
let dispose: () => Promise<void>;
let fake: FakeDeepl;
beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  fake = await startFakeDeepl();
});
afterAll(async () => {
  await fake.close();
  await dispose();
});
beforeEach(() => fake.reset());

const revisionsOf = (id: number) => db.revision.findMany({ where: { paragraphId: id }, orderBy: { id: "asc" }, select: { text: true, origin: true } });

describe("re-translating one paragraph", () => {
  it("replaces English nobody wrote, with the neighbours as context and the memory skipped", async () => {
    const { ids } = await seedDocument(db, ["Sebelum.", "Tengah.", "Sesudah."]);
    const result = await retranslateParagraph(db, ids[1], testTranslator(fake.url));
    expect(result).toMatchObject({ outcome: "replaced", paragraph: { status: "machine", targetText: "[EN-US] Tengah.", version: 2, candidateText: null } });
    expect(fake.stats().translations[0]).toMatchObject({ texts: ["Tengah."], context: "Sebelum.\nSesudah." });
    await retranslateParagraph(db, ids[1], testTranslator(fake.url));
    expect(fake.stats().translateRequests).toBe(2);
    expect(await revisionsOf(ids[1])).toEqual([
      { text: "[EN-US] Tengah.", origin: "machine" },
      { text: "[EN-US] Tengah.", origin: "machine" },
    ]);
  });

  it("puts new output beside a person's English, which stays until they choose", async () => {
    const { ids } = await seedDocument(db, [{ kind: "body", sourceText: "Presiden tiba.", targetText: "The president arrived." }]);
    const result = await retranslateParagraph(db, ids[0], testTranslator(fake.url));
    expect(result).toMatchObject({ outcome: "candidate", paragraph: { status: "reviewed", targetText: "The president arrived.", candidateText: "[EN-US] Presiden tiba.", version: 1 } });

    expect(await dismissCandidate(db, ids[0])).toMatchObject({ candidateText: null, targetText: "The president arrived." });
    await retranslateParagraph(db, ids[0], testTranslator(fake.url));
    await expect(acceptCandidate(db, ids[0], 0)).rejects.toMatchObject({ code: "paragraphChanged" });
    expect(await acceptCandidate(db, ids[0], 1)).toMatchObject({ status: "machine", targetText: "[EN-US] Presiden tiba.", candidateText: null, version: 2 });
    expect(await revisionsOf(ids[0])).toEqual([
      { text: "The president arrived.", origin: "import" },
      { text: "[EN-US] Presiden tiba.", origin: "machine" },
    ]);
    await expect(acceptCandidate(db, ids[0], 2)).rejects.toMatchObject({ code: "noCandidate" });
  });

  it("keeps a person's text in the history even if no revision held it yet", async () => {
    const { ids } = await seedDocument(db, ["Menteri bicara."]);
    await db.paragraph.update({ where: { id: ids[0] }, data: { targetText: "The minister spoke.", status: "edited", version: 2 } });
    await retranslateParagraph(db, ids[0], testTranslator(fake.url));
    expect(await revisionsOf(ids[0])).toEqual([{ text: "The minister spoke.", origin: "human" }]);
  });

  it("refuses without a key, and reports DeepL's refusal", async () => {
    const { ids } = await seedDocument(db, ["Kunci."]);
    await expect(retranslateParagraph(db, ids[0], null)).rejects.toMatchObject({ code: "deeplNoKey" });
    await expect(retranslateParagraph(db, ids[0], testTranslator(fake.url, "an-invalid-key"))).rejects.toMatchObject({ code: "deeplBadKey" });
    await expect(retranslateParagraph(db, 999_999, testTranslator(fake.url))).rejects.toMatchObject({ code: "paragraphNotFound" });
  });
});
