import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSqliteTestDb, createTestDb, type TestDb } from "@/lib/db/test-db";
import { seedSample } from "@/prisma/seed/seed-sample";
import { dbCommand } from "./db";

let source: TestDb;
let target: TestDb; // PostgreSQL in `npm run test:unit:pg`, SQLite otherwise
beforeAll(async () => {
  [source, target] = await Promise.all([createSqliteTestDb(), createTestDb()]);
  await seedSample(source.db);
});
afterAll(() => Promise.all([source.dispose(), target.dispose()]));

async function run(args: string[]) {
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const code = await dbCommand.run(args);
    return { code, stdout: out.mock.calls.map((c) => String(c[0])).join(""), stderr: err.mock.calls.map((c) => String(c[0])).join("") };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("selaras db copy", () => {
  it("copies and prints per-table counts and checksums", async () => {
    const { code, stdout, stderr } = await run(["copy", "--from", source.url, "--to", target.url]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Paragraph\s+16\s+16\s+([0-9a-f]{16})\s+\1\s+ok$/m);
    expect(stdout.trim().split("\n")).toHaveLength(1 + 7);
    expect(stderr).toMatch(/every table matches/);
    expect(await target.db.paragraph.count()).toBe(16);
  });

  it("refuses a target that holds rows, and the same database twice, with exit status 1", async () => {
    expect(await run(["copy", "--from", source.url, "--to", target.url])).toMatchObject({ code: 1, stderr: expect.stringMatching(/not empty \(the Document table has rows\)/) });
    expect(await run(["copy", "--from", source.url, "--to", source.url])).toMatchObject({ code: 1, stderr: expect.stringMatching(/same database/) });
  });

  it("explains its usage", async () => {
    expect((await run(["copy", "--from", source.url])).code).toBe(2);
    expect(await run(["copy", "--from", source.url, "--to", target.url, "--batch-size", "0"])).toMatchObject({ code: 1, stderr: expect.stringMatching(/batch-size/) });
  });
});
