import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";
import { createTestDb } from "@/lib/db/test-db";
import type { AppError } from "@/lib/errors/app-error";
import { runExport } from "./export";
import { describeMemoryImport, runMemory } from "./memory";

let db: Db;
let dispose: () => Promise<void>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-cli-memory-"));
const tmxFile = path.join(dir, "berita.tmx");

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  const id = await createDocument(db, {
    title: "Berita",
    originKind: "paste",
    paragraphs: [
      { kind: "body", sourceText: "Satu.", targetText: "One." },
      { kind: "body", sourceText: "Dua.", targetText: "Two." },
      { kind: "body", sourceText: "Tiga." },
    ],
  });
  await runExport(db, [String(id), "--format", "tmx", "-o", tmxFile], () => {});
});
afterAll(async () => {
  await dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("selaras memory import", () => {
  it("imports a TMX export into the memory and prints the counts", async () => {
    expect(describeMemoryImport(await runMemory(db, ["import", tmxFile]))).toBe("imported 2 (new 2, updated 0), already in the memory 0, skipped 0; the memory holds 2 entries\n");
    expect(describeMemoryImport(await runMemory(db, ["import", tmxFile, "--plain-english", "en-GB"]))).toBe(
      "imported 0 (new 0, updated 0), already in the memory 2, skipped 0; the memory holds 2 entries\n",
    );
  });

  it("reads a UTF-16 file", async () => {
    const utf16 = path.join(dir, "utf16.tmx");
    const text = fs.readFileSync(tmxFile, "utf8").replace("Satu.", "Empat.").replace('encoding="UTF-8"', 'encoding="UTF-16"');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect((await runMemory(db, ["import", utf16])).counts).toEqual({ added: 1, updated: 0, unchanged: 1, skipped: 0 });
  });

  it.each([
    [[], "invalidRequest"],
    [["export", tmxFile], "invalidRequest"],
    [["import"], "invalidRequest"],
    [["import", path.join(dir, "none.tmx")], "invalidRequest"],
    [["import", tmxFile, "--plain-english", "en-AU"], "invalidRequest"],
  ])("refuses %j", async (args, code) => {
    await expect(runMemory(db, args)).rejects.toSatisfy((e) => (e as AppError).code === code);
  });

  it("refuses a file that is not TMX", async () => {
    const notTmx = path.join(dir, "note.tmx");
    fs.writeFileSync(notTmx, "Catatan biasa.");
    await expect(runMemory(db, ["import", notTmx])).rejects.toSatisfy((e) => (e as AppError).code === "invalidTmx");
  });
});
