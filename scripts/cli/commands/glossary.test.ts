import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/test-db";
import { runGlossary } from "./glossary";

let db: Db;
let dispose: () => Promise<void>;
beforeAll(async () => ({ db, dispose } = await createTestDb()));
afterAll(() => dispose());

describe("selaras glossary", () => {
  it("imports a TSV file, lists it, and reports bad lines without importing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-glossary-"));
    const good = path.join(dir, "terms.tsv");
    fs.writeFileSync(good, "Presiden\tPresident\tjabatan\nMenteri\tMinister\n");
    let out = "";
    await runGlossary(db, ["import", good], (t) => (out += t), null);
    expect(out).toBe("2 added, 0 updated; stored locally (no DeepL key set)\n");
    out = "";
    await runGlossary(db, ["list"], (t) => (out += t), null);
    expect(out).toBe("Menteri\tMinister\nPresiden\tPresident\tjabatan\n");
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, "Gubernur,Governor\nBupati\n");
    out = "";
    await expect(runGlossary(db, ["import", bad], (t) => (out += t), null)).rejects.toMatchObject({ code: "invalidRequest" });
    expect(out).toBe("Line 2: A line needs at least two columns: the Indonesian term and its English translation.\n");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
