import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Document, ImageRun, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/test-db";
import { refusal } from "@/lib/errors/refusal";
import { TINY_PNG } from "@/lib/import/fixtures/tiny-png";
import { describeNotices, runImport } from "./import";

let db: Db;
let dispose: () => Promise<void>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-cli-import-"));

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
});
afterAll(async () => {
  await dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

describe("selaras import", () => {
  it("imports a Word document by its extension and tells what it left out, in English", async () => {
    const images = [0, 1].map(() => new Paragraph({ children: [new ImageRun({ type: "png", data: TINY_PNG, transformation: { width: 10, height: 10 } })] }));
    const docx = new Document({ sections: [{ children: [new Paragraph("Harga beras naik."), ...images] }] });
    const { documentId, notices } = await runImport(db, file("berita.docx", await Packer.toBuffer(docx)), { title: "Berita" });
    expect(await db.document.findUnique({ where: { id: documentId }, select: { title: true, originKind: true, originRef: true } })).toEqual({ title: "Berita", originKind: "file", originRef: "berita.docx" });
    expect(describeNotices(notices)).toBe("selaras: 2 images were left out: only text is imported.\n");
  });

  it("says so when a text file was read as Windows-1252", async () => {
    const { notices } = await runImport(db, file("lama.txt", Buffer.from("Caf\xe9 \x93kutipan\x94.", "latin1")), {});
    expect(describeNotices(notices)).toBe(
      "selaras: The file was not UTF-8, so it was read as Windows-1252 (Western European). Check that accented letters and quotation marks look right.\n",
    );
  });

  it("forces a format with --format, and prints nothing for an import without notices", async () => {
    const { documentId, notices } = await runImport(db, file("catatan", "# Judul\n\n- satu\n"), { format: "md" });
    expect(await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { kind: true, sourceText: true } })).toEqual([
      { kind: "title", sourceText: "Judul" },
      { kind: "list-item", sourceText: "- satu" },
    ]);
    expect(describeNotices(notices)).toBe("");
  });

  it("takes an argument that starts like a URL as a web page, refused here for its scheme", async () => {
    expect((await refusal(() => runImport(db, "ftp://example.com/berita.txt", {}))).code).toBe("urlUnsupportedScheme");
  });
});
