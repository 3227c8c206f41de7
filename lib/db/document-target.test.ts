import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { getDocumentTargetLang, setDocumentTargetLang } from "./document-target";
import type { Db } from "./client";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
});
afterAll(() => dispose());

describe("document target language", () => {
  it("defaults to US English and can be switched to UK English", async () => {
    const { id } = await db.document.create({ data: { title: "Doc", originKind: "paste" } });
    expect(await getDocumentTargetLang(db, id)).toBe("en-US");
    await setDocumentTargetLang(db, id, "en-GB");
    expect(await getDocumentTargetLang(db, id)).toBe("en-GB");
  });

  it("refuses an unknown document", async () => {
    await expect(setDocumentTargetLang(db, 999_999, "en-GB")).rejects.toBeInstanceOf(AppError);
    await expect(getDocumentTargetLang(db, 999_999)).rejects.toMatchObject({ code: "documentNotFound" });
  });
});
