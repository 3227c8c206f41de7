import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { seedReviewDocument } from "./review-fixture";
import { appendRevision, countRevisions, findRevision, hasRevision, listRevisions, moveRevisions } from "./revision-log";
import { createTestDb } from "./test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

describe("revision log", () => {
  it("lists newest first, a back-dated baseline last", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Kim tiba.", machine: "Kim arrived." }]);
    await appendRevision(db, { paragraphId: ids[0], field: "target", text: "Kim has arrived.", status: "edited", origin: "human", version: 3 });
    await appendRevision(db, { paragraphId: ids[0], field: "source", text: "Kim tiba.", status: "edited", origin: "import", version: 1, createdAt: new Date("2020-01-01T00:00:00Z") });
    const history = await listRevisions(db, ids[0]);
    expect(history.map((r) => [r.field, r.text, r.origin])).toEqual([
      ["target", "Kim has arrived.", "human"],
      ["target", "Kim arrived.", "machine"],
      ["source", "Kim tiba.", "import"],
    ]);
    expect(history[2].createdAt.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(await findRevision(db, history[0].id)).toEqual(history[0]);
    expect(await hasRevision(db, ids[0], "source")).toBe(true);
  });

  it("moves a whole history to another paragraph", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "A", machine: "A1" }, { source: "B", machine: "B1" }]);
    await moveRevisions(db, ids[1], ids[0]);
    expect((await listRevisions(db, ids[0])).map((r) => r.text).sort()).toEqual(["A1", "B1"]);
    expect(await listRevisions(db, ids[1])).toEqual([]);
    expect(await countRevisions(db, [ids[0], ids[1]])).toEqual(new Map([[ids[0], 2]]));
  });
});
