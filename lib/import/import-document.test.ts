import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/lib/db/test-db";
import { getBilingualDocument, listDocuments } from "@/lib/db/documents";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { importDocument } from "./import-document";

let db: Db;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
});
afterAll(() => dispose());

describe("importDocument", () => {
  it("stores pasted text with its structure", async () => {
    const id = await importDocument(db, { text: "TEMPO.CO, Jakarta - Harga naik.\nREUTERS" });
    const document = await getBilingualDocument(db, id);
    expect(document?.title).toBe("Harga naik");
    expect(document?.originKind).toBe("paste");
    expect(document?.paragraphs.map((p) => [p.position, p.kind, p.dateline, p.sourceText, p.status])).toEqual([
      [0, "body", "TEMPO.CO, Jakarta - ", "Harga naik.", "untranslated"],
      [1, "credit", null, "REUTERS", "untranslated"],
    ]);
  });

  it("stores a .txt file under its name", async () => {
    const id = await importDocument(db, { file: { name: "berita.txt", bytes: new TextEncoder().encode("Satu.\n\nDua.") }, title: "Berita" });
    const document = await getBilingualDocument(db, id);
    expect(document).toMatchObject({ title: "Berita", originKind: "file", originRef: "berita.txt" });
    expect(document?.paragraphs).toHaveLength(2);
  });

  it.each([
    ["empty text", { text: "   " }, "emptyText"],
    ["binary file", { file: { name: "a.txt", bytes: new Uint8Array([1, 0, 2]) } }, "notText"],
    ["other file type", { file: { name: "a.pdf", bytes: new Uint8Array([37, 80]) } }, "unsupportedFileType"],
  ])("refuses %s and stores nothing", async (_name, input, code) => {
    const before = await db.paragraph.count();
    const documents = await db.document.count();
    await expect(importDocument(db, input)).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
    expect(await db.paragraph.count()).toBe(before);
    expect(await db.document.count()).toBe(documents);
  });

  it("lists documents newest first with progress", async () => {
    const list = await listDocuments(db);
    expect(list[0].title).toBe("Berita");
    expect(list[0].progress).toEqual({ paragraphs: 2, translated: 0, reviewed: 0 });
  });
});
