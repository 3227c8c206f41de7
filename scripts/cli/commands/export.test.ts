import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";
import { createTestDb } from "@/lib/db/test-db";
import type { AppError } from "@/lib/errors/app-error";
import { runExport } from "./export";
import { describeImport, runImportXliff } from "./import-xliff";

let db: Db;
let dispose: () => Promise<void>;
let documentId: number;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-cli-"));

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  documentId = await createDocument(db, {
    title: "Berita",
    originKind: "paste",
    paragraphs: [
      { kind: "body", sourceText: "Satu.", targetText: "One." },
      { kind: "body", sourceText: "Dua." },
    ],
  });
});
afterAll(async () => {
  await dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

function toStdout(args: string[]): Promise<string> {
  const chunks: Uint8Array[] = [];
  return runExport(db, args, (bytes) => chunks.push(bytes)).then(() => Buffer.concat(chunks).toString("utf8"));
}

describe("selaras export", () => {
  it("writes to standard output without -o", async () => {
    expect(await toStdout([String(documentId), "--format", "md", "--layout", "interleaved"])).toContain("Satu.\n\n> One.\n\nDua.\n");
    expect(await toStdout([String(documentId), "-f", "csv", "--reviewed-only"])).toBe("\uFEFFposition,kind,status,Indonesian,English\r\n1,body,reviewed,Satu.,One.\r\n2,body,untranslated,Dua.,\r\n");
  });

  it("writes a file with -o", async () => {
    const file = path.join(dir, "berita.docx");
    expect(await runExport(db, [String(documentId), "--format", "docx", "-o", file], () => {})).toEqual({ path: file, bytes: fs.statSync(file).size });
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it.each([
    [["--format", "md"], "invalidRequest"],
    [["abc", "--format", "md"], "invalidRequest"],
    [["1", "--format", "pdf"], "unsupportedExportFormat"],
    [["1", "--format", "md", "--layout", "columns"], "invalidRequest"],
    [["1", "--format", "md", "--colour"], "invalidRequest"],
    [["999999", "--format", "md"], "documentNotFound"],
  ])("refuses %j", async (args, code) => {
    await expect(runExport(db, args, () => {})).rejects.toSatisfy((e) => (e as AppError).code === code);
  });
});

describe("selaras import-xliff", () => {
  it("takes the English of an edited XLIFF export back and reports what it did", async () => {
    const file = path.join(dir, "berita.xlf");
    await runExport(db, [String(documentId), "--format", "xliff", "-o", file], () => {});
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("<source>Dua.</source>", "<source>Dua.</source><target>Two.</target>"));
    const result = await runImportXliff(db, [String(documentId), file]);
    expect(describeImport(result)).toBe("updated 1, already up to date 1, without English 0, skipped 0\n");
  });

  it("refuses a missing file", async () => {
    await expect(runImportXliff(db, [String(documentId), path.join(dir, "none.xlf")])).rejects.toSatisfy((e) => (e as AppError).code === "invalidRequest");
  });
});
