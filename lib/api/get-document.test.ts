import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { seedReviewDocument } from "@/lib/db/review-fixture";
import { createTestDb } from "@/lib/db/test-db";
import { getDocumentJson } from "./get-document";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

describe("GET /api/documents/{id}", () => {
  it("lists paragraphs with text, status and version", async () => {
    const { documentId, ids } = await seedReviewDocument(db, [{ source: "Judul." }, { source: "Kim tiba.", machine: "Kim arrived." }]);
    const response = await getDocumentJson(db, new Request(`http://test/api/documents/${documentId}`), String(documentId));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ id: documentId, sourceLang: "id", targetLang: "en-US" });
    expect(body.paragraphs).toEqual([
      { id: ids[0], position: 0, kind: "body", sourceText: "Judul.", text: null, status: "untranslated", sourceStale: false, version: 1 },
      { id: ids[1], position: 1, kind: "body", sourceText: "Kim tiba.", text: "Kim arrived.", status: "machine", sourceStale: false, version: 2 },
    ]);
  });

  it("answers unknown or malformed ids with 404", async () => {
    for (const id of ["999999", "0", "-1", "1e3", "x"]) {
      const response = await getDocumentJson(db, new Request(`http://test/api/documents/${id}`), id);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("documentNotFound");
    }
  });
});
