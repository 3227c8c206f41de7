import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createDocument, getBilingualDocument } from "@/lib/db/documents";
import { updateTargets } from "@/lib/db/paragraph-updates";
import { createTestDb } from "@/lib/db/test-db";
import type { AppError } from "@/lib/errors/app-error";
import { importXliff } from "./import-xliff";
import { toXliff, xliffUnitId } from "./to-xliff";

let db: Db;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
});
afterAll(() => dispose());

async function storedDocument() {
  const id = await createDocument(db, {
    title: "Berita",
    originKind: "paste",
    paragraphs: [
      { kind: "title", sourceText: "Harga “beras” naik 🍚" },
      { kind: "body", dateline: "TEMPO.CO, Jakarta - ", sourceText: "Satu\u0007 & <dua>\r\ntiga." },
      { kind: "body", sourceText: "Sudah ditinjau.", targetText: "Already reviewed." },
      { kind: "credit", sourceText: "REUTERS" },
    ],
  });
  const document = await getBilingualDocument(db, id);
  if (!document) throw new Error("document not stored");
  return document;
}

/** What a translator's CAT tool does: fill in targets for some units. */
function translate(xliff: string, unitId: string, english: string): string {
  return xliff.replace(new RegExp(`(<unit id="${unitId}"[\\s\\S]*?</source>)`), `$1<target>${english}</target>`).replace(new RegExp(`(<unit id="${unitId}"[\\s\\S]*?state=")initial`), "$1translated");
}

describe("importXliff", () => {
  it("takes the English of matching units as reviewed revisions from a tool, text exact", async () => {
    const document = await storedDocument();
    const [title, body, reviewed] = document.paragraphs;
    let xliff = toXliff(document);
    xliff = translate(xliff, xliffUnitId(title.id), "Rice “prices” rise 🍚");
    xliff = translate(xliff, xliffUnitId(body.id), `One<cp hex="0007"/> &amp; &lt;two&gt;&#13;\nthree.`);

    expect(await importXliff(db, document.id, xliff)).toEqual({ updated: 2, unchanged: 1, empty: 1, skipped: [] });
    const after = await getBilingualDocument(db, document.id);
    expect(after?.paragraphs.map((p) => [p.targetText, p.status, p.version])).toEqual([
      ["Rice “prices” rise 🍚", "reviewed", 2],
      ["One\u0007 & <two>\r\nthree.", "reviewed", 2],
      ["Already reviewed.", "reviewed", reviewed.version],
      [null, "untranslated", 1],
    ]);
    const revisions = await db.revision.findMany({ where: { paragraphId: body.id } });
    expect(revisions.map((r) => [r.field, r.text, r.status, r.origin, r.version])).toEqual([["target", "One\u0007 & <two>\r\nthree.", "reviewed", "tool", 2]]);
  });

  it("keeps machine English left untouched in the tool, and takes it once the tool confirms it", async () => {
    const document = await storedDocument();
    const body = document.paragraphs[1];
    await db.paragraph.update({ where: { id: body.id }, data: { targetText: "Machine English.", status: "machine" } });
    const exported = toXliff((await getBilingualDocument(db, document.id))!);
    expect(await importXliff(db, document.id, exported)).toMatchObject({ updated: 0, unchanged: 2 });
    expect(await importXliff(db, document.id, exported.replace('state="translated" subState="selaras:machine"', 'state="final"'))).toMatchObject({ updated: 1, unchanged: 1 });
    const after = await getBilingualDocument(db, document.id);
    expect([after?.paragraphs[1].targetText, after?.paragraphs[1].status]).toEqual(["Machine English.", "reviewed"]);
  });

  it("skips units whose Indonesian changed since the export, and unknown units", async () => {
    const document = await storedDocument();
    const [title, body] = document.paragraphs;
    let xliff = translate(toXliff(document), xliffUnitId(title.id), "Rice prices rise");
    xliff = translate(xliff, xliffUnitId(body.id), "One.").replace(`<unit id="${xliffUnitId(title.id)}"`, '<unit id="p999999"');
    await db.paragraph.update({ where: { id: body.id }, data: { sourceText: "Teks baru." } });
    expect(await importXliff(db, document.id, xliff)).toEqual({
      updated: 0,
      unchanged: 1,
      empty: 1,
      skipped: [
        { unitId: "p999999", reason: "unknownUnit" },
        { unitId: xliffUnitId(body.id), reason: "sourceChanged" },
      ],
    });
  });

  it.each([
    ["a file exported from another document", async (other: number) => toXliff((await getBilingualDocument(db, other))!), "xliffWrongDocument"],
    ["malformed XML", async () => "<xliff version='2.0'><file id='x'>", "invalidXliff"],
    ["a file into another language", async (other: number, own: number) => toXliff((await getBilingualDocument(db, own))!).replace('trgLang="en-US"', 'trgLang="fr"'), "xliffWrongLanguage"],
  ])("refuses %s and changes nothing", async (_name, makeFile, code) => {
    const own = await storedDocument();
    const other = await storedDocument();
    const xml = await makeFile(other.id, own.id);
    const revisions = await db.revision.count();
    await expect(importXliff(db, own.id, xml)).rejects.toSatisfy((e) => (e as AppError).code === code);
    expect(await db.revision.count()).toBe(revisions);
  });

  it("refuses a document that does not exist", async () => {
    const document = await storedDocument();
    await expect(importXliff(db, 987654, toXliff(document))).rejects.toSatisfy((e) => (e as AppError).code === "documentNotFound");
  });
});

describe("updateTargets", () => {
  it("writes nothing at all when one paragraph was saved meanwhile", async () => {
    const document = await storedDocument();
    const [first, second] = document.paragraphs;
    const updates = [
      { paragraphId: first.id, position: 1, text: "One", expectedVersion: first.version },
      { paragraphId: second.id, position: 2, text: "Two", expectedVersion: second.version - 1 },
    ];
    await expect(updateTargets(db, document.id, updates, { status: "reviewed", origin: "tool" })).rejects.toSatisfy(
      (e) => (e as AppError).code === "paragraphConflict" && (e as AppError).params.position === 2,
    );
    const after = await getBilingualDocument(db, document.id);
    expect(after?.paragraphs.slice(0, 2).map((p) => [p.targetText, p.version])).toEqual([
      [null, first.version],
      [null, second.version],
    ]);
    expect(await db.revision.count({ where: { paragraphId: first.id } })).toBe(0);
  });
});
