import { describe, expect, it } from "vitest";
import { acceptCandidate, dismissCandidate } from "@/lib/db/paragraph-candidates";
import { retranslateParagraph } from "./retranslate-paragraph";
import { seedDocument, testTranslator } from "./test-helpers";
import { setUpTranslationTests } from "./test-env";

const env = setUpTranslationTests();

const revisionsOf = (id: number) => env.db.revision.findMany({ where: { paragraphId: id }, orderBy: { id: "asc" }, select: { text: true, origin: true } });

describe("re-translating one paragraph", () => {
  it("replaces English nobody wrote, with the neighbours as context and the memory skipped", async () => {
    const { ids } = await seedDocument(env.db, ["Sebelum.", "Tengah.", "Sesudah."]);
    const result = await retranslateParagraph(env.db, ids[1], testTranslator(env.fake.url));
    expect(result).toMatchObject({ outcome: "replaced", paragraph: { status: "machine", targetText: "[EN-US] Tengah.", version: 2, candidateText: null } });
    expect(env.fake.stats().translations[0]).toMatchObject({ texts: ["Tengah."], context: "Sebelum.\nSesudah." });
    await retranslateParagraph(env.db, ids[1], testTranslator(env.fake.url));
    expect(env.fake.stats().translateRequests).toBe(2);
    expect(await revisionsOf(ids[1])).toEqual([
      { text: "[EN-US] Tengah.", origin: "machine" },
      { text: "[EN-US] Tengah.", origin: "machine" },
    ]);
  });

  it("puts new output beside a person's English, which stays until they choose", async () => {
    const { ids } = await seedDocument(env.db, [{ kind: "body", sourceText: "Presiden tiba.", targetText: "The president arrived." }]);
    const result = await retranslateParagraph(env.db, ids[0], testTranslator(env.fake.url));
    expect(result).toMatchObject({ outcome: "candidate", paragraph: { status: "reviewed", targetText: "The president arrived.", candidateText: "[EN-US] Presiden tiba.", version: 1 } });

    expect(await dismissCandidate(env.db, ids[0])).toMatchObject({ candidateText: null, targetText: "The president arrived." });
    await retranslateParagraph(env.db, ids[0], testTranslator(env.fake.url));
    await expect(acceptCandidate(env.db, ids[0], 0)).rejects.toMatchObject({ code: "paragraphChanged" });
    expect(await acceptCandidate(env.db, ids[0], 1)).toMatchObject({ status: "machine", targetText: "[EN-US] Presiden tiba.", candidateText: null, version: 2 });
    expect(await revisionsOf(ids[0])).toEqual([
      { text: "The president arrived.", origin: "import" },
      { text: "[EN-US] Presiden tiba.", origin: "machine" },
    ]);
    await expect(acceptCandidate(env.db, ids[0], 2)).rejects.toMatchObject({ code: "noCandidate" });
  });

  it("keeps a person's text in the history even if no revision held it yet", async () => {
    const { ids } = await seedDocument(env.db, ["Menteri bicara."]);
    await env.db.paragraph.update({ where: { id: ids[0] }, data: { targetText: "The minister spoke.", status: "edited", version: 2 } });
    await retranslateParagraph(env.db, ids[0], testTranslator(env.fake.url));
    expect(await revisionsOf(ids[0])).toEqual([{ text: "The minister spoke.", origin: "human" }]);
  });

  it("refuses without a key, and reports DeepL's refusal", async () => {
    const { ids } = await seedDocument(env.db, ["Kunci."]);
    await expect(retranslateParagraph(env.db, ids[0], null)).rejects.toMatchObject({ code: "deeplNoKey" });
    await expect(retranslateParagraph(env.db, ids[0], testTranslator(env.fake.url, "an-invalid-key"))).rejects.toMatchObject({ code: "deeplBadKey" });
    await expect(retranslateParagraph(env.db, 999_999, testTranslator(env.fake.url))).rejects.toMatchObject({ code: "paragraphNotFound" });
  });
});
