import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";

const DIR = fileURLToPath(new URL("./corpus/ntrex/", import.meta.url));

function lines(file: string): string[] {
  return fs.readFileSync(DIR + file, "utf8").split("\n").filter((line) => line.trim() !== "");
}

/**
 * Stores the NTREX newstest2019 references as one bilingual document: 1,997 Indonesian paragraphs, each with
 * its human US-English reference (stored as reviewed text, which a professional translation is).
 */
export async function loadNtrex(db: Db): Promise<{ id: number; paragraphs: number }> {
  const source = lines("newstest2019-ref.ind.txt");
  const target = lines("newstest2019-ref.eng-US.txt");
  if (source.length !== target.length) throw new Error(`NTREX files differ in length: ${source.length} / ${target.length}`);
  const id = await createDocument(db, {
    title: "NTREX-128 newstest2019 (Indonesian ↔ English)",
    originKind: "file",
    originRef: "newstest2019-ref.ind.txt",
    paragraphs: source.map((sourceText, index) => ({ kind: "body", sourceText: sourceText.trim(), targetText: target[index].trim() })),
  });
  return { id, paragraphs: source.length };
}
