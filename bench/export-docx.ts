/**
 * Export benchmark: the NTREX-128 newstest2019 references (1,997 Indonesian/English paragraph pairs) as one
 * bilingual document, exported to DOCX by Selaras and, for comparison, converted from a Markdown pipe table to
 * DOCX by pandoc. Target: Selaras ≤ 0.5× pandoc's wall time. Also times every other format.
 *
 *   npx tsx bench/export-docx.ts [runs]       (pandoc: Debian package `pandoc`)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BilingualDocument } from "@/lib/bilingual/types";
import { exportDocument } from "@/lib/export/export-document";
import { EXPORT_FORMATS } from "@/lib/export/formats";
import { toMarkdown } from "@/lib/export/to-markdown";

const CORPUS = fileURLToPath(new URL("./corpus/ntrex/", import.meta.url));
const RUNS = Math.max(1, Number(process.argv[2] ?? 7));

function lines(file: string): string[] {
  return fs.readFileSync(path.join(CORPUS, file), "utf8").replace(/\r?\n$/, "").split(/\r?\n/);
}

function ntrexDocument(): BilingualDocument {
  const indonesian = lines("newstest2019-ref.ind.txt");
  const english = lines("newstest2019-ref.eng-US.txt");
  if (indonesian.length !== english.length) throw new Error("NTREX files are not aligned");
  const at = new Date("2026-11-29T00:00:00Z");
  return {
    id: 1,
    title: "NTREX-128 newstest2019 (Indonesian / English US)",
    sourceLang: "id",
    targetLang: "en-US",
    originKind: "file",
    originRef: "newstest2019-ref.ind.txt",
    createdAt: at,
    updatedAt: at,
    paragraphs: indonesian.map((sourceText, position) => ({
      id: position + 1,
      position,
      kind: "body",
      dateline: null,
      sourceText,
      targetText: english[position],
      status: position % 3 === 0 ? "machine" : "reviewed",
      machineText: null,
      candidateText: null,
      translationError: null,
      sourceStale: false,
      version: 1,
      createdAt: at,
      updatedAt: at,
    })),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time in ms of `runs` calls, after one untimed warm-up call. */
async function time(runs: number, task: () => unknown): Promise<number> {
  await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function pandocAvailable(): boolean {
  try {
    execFileSync("pandoc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const document = ntrexDocument();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-bench-"));
try {
  console.log(`NTREX document: ${document.paragraphs.length} paragraph pairs; median of ${RUNS} runs after a warm-up`);
  const coldStart = performance.now();
  const docx = await exportDocument(document, "docx");
  console.log(`Selaras DOCX, first call: ${(performance.now() - coldStart).toFixed(0).padStart(6)} ms  (includes loading and JIT warm-up)`);
  const selaras = await time(RUNS, () => exportDocument(document, "docx"));
  console.log(`Selaras DOCX export:      ${selaras.toFixed(0).padStart(6)} ms  (${(docx.bytes.byteLength / 1024).toFixed(0)} KiB)`);

  if (pandocAvailable()) {
    const markdown = path.join(dir, "ntrex.md");
    fs.writeFileSync(markdown, toMarkdown(document));
    const out = path.join(dir, "ntrex.docx");
    const pandoc = await time(Math.min(RUNS, 5), () => execFileSync("pandoc", ["--from", "markdown", "--to", "docx", "--output", out, markdown]));
    console.log(`pandoc Markdown → DOCX:   ${pandoc.toFixed(0).padStart(6)} ms  (${(fs.statSync(out).size / 1024).toFixed(0)} KiB, pipe table of the same document)`);
    const ratio = selaras / pandoc;
    console.log(`ratio Selaras / pandoc:   ${ratio.toFixed(2).padStart(6)}     target ≤ 0.50: ${ratio <= 0.5 ? "met" : "MISSED"}`);
  } else {
    console.log("pandoc not found (Debian: apt-get install -y pandoc): comparison skipped");
  }

  for (const format of EXPORT_FORMATS.filter((f) => f.id !== "docx")) {
    const file = await exportDocument(document, format.id);
    const ms = await time(RUNS, () => exportDocument(document, format.id));
    console.log(`Selaras ${format.label.padEnd(21)} ${ms.toFixed(1).padStart(6)} ms  (${(file.bytes.byteLength / 1024).toFixed(0)} KiB)`);
  }
  const interleaved = await time(RUNS, () => exportDocument(document, "docx", { layout: "interleaved", content: "reviewed-only" }));
  console.log(`Selaras DOCX interleaved, reviewed-only: ${interleaved.toFixed(0)} ms`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
