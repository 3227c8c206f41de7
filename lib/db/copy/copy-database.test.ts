import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSample } from "@/prisma/seed/seed-sample";
import type { Db } from "../client";
import { getBilingualDocument } from "../documents";
import { readDatamodel } from "../schema/datamodel";
import { createSqliteTestDb, createTestDb, type TestDb } from "../test-db";
import { copyDatabase, CopyMismatchError, type TableReport } from "./copy-database";
import { copyPlan } from "./copy-plan";

const plan = copyPlan(readDatamodel());
let source: TestDb;
let middle: TestDb; // PostgreSQL in `npm run test:unit:pg`, SQLite otherwise
let back: TestDb;
let sampleId: number;

/** Rows in every table, with the awkward values: nulls, booleans, millisecond times, non-ASCII text. */
async function fill(db: Db): Promise<void> {
  sampleId = (await seedSample(db))!;
  const at = new Date("2026-11-29T10:11:12.345Z");
  const doc = await db.document.create({ data: { title: "Ünïcode — 日本 🙂", originKind: "url", originRef: "https://example.org/a?b=c'd" } });
  await db.paragraph.create({ data: { documentId: doc.id, position: 0, sourceText: "Tanpa terjemahan.\nBaris dua", sourceStale: true, candidateText: "" } });
  await db.translationJob.create({ data: { documentId: doc.id, state: "running", total: 3, leaseOwner: "host-1", leaseUntil: at, startedAt: at } });
  await db.glossaryTerm.createMany({ data: [{ source: "Presiden", target: "President" }, { source: "DPR", target: "House", note: "Dewan Perwakilan Rakyat" }] });
}

beforeAll(async () => {
  [source, middle, back] = await Promise.all([createSqliteTestDb(), createTestDb(), createSqliteTestDb()]);
  await fill(source.db);
});
afterAll(() => Promise.all([source, middle, back].map((t) => t.dispose())));

const checksums = (reports: TableReport[]) => reports.map((r) => [r.model, r.sourceRows, r.sourceChecksum]);

describe("copyDatabase", () => {
  it("copies every table there and back with identical counts and checksums", async () => {
    const there = await copyDatabase(source, middle, { plan, batchSize: 7 });
    const andBack = await copyDatabase(middle, back, { plan, batchSize: 1000 });
    expect(there.map((r) => r.model)).toEqual(plan.map((t) => t.model));
    expect(there.filter((r) => r.sourceRows === 0).map((r) => r.model)).toEqual([]); // fill() must give every model rows
    expect(checksums(andBack)).toEqual(checksums(there));
    expect(await getBilingualDocument(back.db, sampleId)).toEqual(await getBilingualDocument(source.db, sampleId));
  });

  it("lets the target hand out new ids after the copied ones", async () => {
    const last = await middle.db.document.findFirst({ orderBy: { id: "desc" } });
    const created = await middle.db.document.create({ data: { title: "Baru" } });
    expect(created.id).toBeGreaterThan(last!.id);
    await middle.db.document.delete({ where: { id: created.id } });
  });

  it("refuses a target that holds rows unless forced", async () => {
    await expect(copyDatabase(source, middle, { plan })).rejects.toMatchObject({ code: "dbCopyTargetNotEmpty", params: { table: "Document" } });
    const again = await copyDatabase(source, middle, { plan, force: true });
    expect(again.every((r) => r.targetRows === r.sourceRows)).toBe(true);
  });

  it("rolls everything back when a table does not read back the same", async () => {
    const broken = await createSqliteTestDb();
    try {
      // A trigger stands in for a target that alters what it stores.
      await broken.db.$executeRawUnsafe(`CREATE TRIGGER alter_setting AFTER INSERT ON "Setting" BEGIN UPDATE "Setting" SET "value" = 'x' WHERE "key" = NEW."key"; END`);
      const error = await copyDatabase(source, broken, { plan }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CopyMismatchError);
      expect((error as CopyMismatchError).params).toEqual({ tables: "Setting" });
      expect(await broken.db.document.count()).toBe(0);
    } finally {
      await broken.dispose();
    }
  });
});
