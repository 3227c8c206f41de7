import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { createDocument } from "./documents";
import { findParagraphsContaining, searchDocument, searchLibrary } from "./search";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
let harga: number;
let banjir: number;

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  harga = await createDocument(db, {
    title: "Harga cabai naik",
    originKind: "paste",
    paragraphs: [
      { kind: "body", sourceText: "Harga cabai naik 50% pekan ini.", targetText: "Chilli prices rose 50% this week." },
      { kind: "body", sourceText: "Pedagang mengeluh." },
      { kind: "body", sourceText: "Naik 5 persen tahun lalu." },
    ],
  });
  banjir = await createDocument(db, {
    title: "Banjir di Jakarta",
    originKind: "paste",
    paragraphs: [{ kind: "body", sourceText: "Banjir setinggi 50 cm, harga sayur naik." }],
  });
});
afterAll(() => dispose());

describe("findParagraphsContaining", () => {
  it("finds paragraphs of one document by either language, ignoring ASCII case", async () => {
    expect((await findParagraphsContaining(db, harga, "NAIK")).map((p) => p.position)).toEqual([0, 2]);
    expect((await findParagraphsContaining(db, harga, "chilli")).map((p) => p.position)).toEqual([0]);
  });

  it("returns candidates that include every real match when the query holds LIKE wildcards", async () => {
    expect((await findParagraphsContaining(db, harga, "50%")).map((p) => p.position)).toEqual([0]);
  });
});

describe("searchDocument", () => {
  it("gives exact matches in reading order, wildcards included", async () => {
    expect(await searchDocument(db, harga, "50%")).toEqual({
      matches: [
        { position: 0, side: "source", start: 17, end: 20 },
        { position: 0, side: "target", start: 19, end: 22 },
      ],
      truncated: false,
    });
    expect(await searchDocument(db, harga, "  ")).toEqual({ matches: [], truncated: false });
  });

  it("refuses an unknown document with a code", async () => {
    await expect(searchDocument(db, 9999, "x")).rejects.toMatchObject({ code: "documentNotFound", status: 404 });
  });
});

describe("searchLibrary", () => {
  it("finds documents by text with a count and their first matching paragraph, newest first", async () => {
    const hits = await searchLibrary(db, "harga");
    expect(hits.map((h) => [h.id, h.paragraphCount, h.firstParagraph?.position])).toEqual([
      [banjir, 1, 0],
      [harga, 1, 0],
    ]);
  });

  it("ignores case in text and titles on both databases (ILIKE on PostgreSQL)", async () => {
    expect((await searchLibrary(db, "CHILLI PRICES")).map((h) => [h.id, h.paragraphCount])).toEqual([[harga, 1]]);
    expect((await searchLibrary(db, "banjir DI jakarta")).map((h) => [h.id, h.paragraphCount])).toEqual([[banjir, 0]]);
    expect((await searchLibrary(db, "NAIK 50%")).map((h) => [h.id, h.paragraphCount])).toEqual([[harga, 1]]);
  });

  it("finds documents by title alone", async () => {
    const [hit, ...rest] = await searchLibrary(db, "jakarta");
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ id: banjir, title: "Banjir di Jakarta", paragraphCount: 0, firstParagraph: null });
  });

  it("takes LIKE wildcards literally", async () => {
    expect((await searchLibrary(db, "50%")).map((h) => [h.id, h.paragraphCount])).toEqual([[harga, 1]]);
    expect(await searchLibrary(db, "5_")).toEqual([]);
    expect(await searchLibrary(db, "di_Jakarta")).toEqual([]);
  });

  it("finds nothing when nothing matches", async () => {
    expect(await searchLibrary(db, "tsunami")).toEqual([]);
  });
});
