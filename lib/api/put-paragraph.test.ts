import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { seedReviewDocument } from "@/lib/db/review-fixture";
import { createTestDb } from "@/lib/db/test-db";
import { listHistory } from "@/lib/review/list-history";
import { putParagraphJson } from "./put-paragraph";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

function put(id: number | string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://test/api/paragraphs/${id}`, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return putParagraphJson(db, request, String(id));
}

describe("PUT /api/paragraphs/{id}", () => {
  it("saves and answers with the new version", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Kim tiba.", machine: "Kim arrive." }]);
    const response = await put(ids[0], { text: "Kim arrived.", version: 2 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: ids[0], text: "Kim arrived.", status: "edited", sourceStale: false, version: 3 });
    expect((await listHistory(db, ids[0]))[0]).toMatchObject({ text: "Kim arrived.", origin: "tool", version: 3 });
  });

  it("answers a stale version with 409 and the current text, status and version", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Putin tiba.", machine: "Putin arrived." }]);
    await put(ids[0], { text: "Putin has arrived.", status: "reviewed", version: 2 });
    const response = await put(ids[0], { text: "Mine.", version: 2 });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.current).toEqual({ text: "Putin has arrived.", status: "reviewed", version: 3 });
    expect(body.error.code).toBe("versionConflict");
    expect(body.error.message).toContain("version 3");
  });

  it.each([
    ["not JSON", "{text:", "the body is not JSON"],
    ["no version", { text: "x" }, "version:"],
    ["a text version", { text: "x", version: "2" }, "version:"],
    ["a machine status", { text: "x", version: 2, status: "machine" }, "status:"],
    ["a number as text", { text: 5, version: 2 }, "text:"],
  ])("answers %s with 400 and a clear message", async (_, body, detail) => {
    const { ids } = await seedReviewDocument(db, [{ source: "A.", machine: "A." }]);
    const response = await put(ids[0], body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.code).toBe("invalidRequest");
    expect(json.error.message).toContain(detail);
    expect(await listHistory(db, ids[0])).toHaveLength(1);
  });

  it("answers unknown ids with 404, in the request's language", async () => {
    const unknown = await put(999_999, { text: "x", version: 1 }, { "accept-language": "id-ID,id;q=0.9" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toEqual({ code: "paragraphNotFound", message: "Paragraf 999999 tidak ada." });
    expect((await put("abc", { text: "x", version: 1 })).status).toBe(404);
  });

  it("refuses to review empty English", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "B.", machine: "B." }]);
    const response = await put(ids[0], { text: "", status: "reviewed", version: 2 }, { cookie: "other=1; selaras-lang=en" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("reviewWithoutText");
  });
});
