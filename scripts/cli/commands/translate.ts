import os from "node:os";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { TranslationProgress } from "@/lib/translate/job-control";
import type { MachineTranslator } from "@/lib/translate/machine-translator";
import { previewTranslation } from "@/lib/translate/preview-translation";
import { translatorFromEnv } from "@/lib/translate/shared-translator";
import { translateDocumentAndWait } from "@/lib/translate/translate-and-wait";
import { parseCliArgs, runWithDb, type CliCommand } from "../command";
import { previewLines, progressLine, summaryJson, summaryLines } from "../translate-output";

export interface TranslateIo {
  translator: MachineTranslator | null;
  out: (text: string) => void;
  err: (text: string) => void;
  /** A terminal gets a bar redrawn in place; a pipe or log gets a plain line per change. */
  isTTY: boolean;
}

const OPTIONS = { json: { type: "boolean" }, "dry-run": { type: "boolean" } } as const;

function documentId(value: string | undefined): number {
  const id = Number(value);
  if (!value || !Number.isSafeInteger(id) || id <= 0) throw new AppError("invalidRequest", { detail: `"${value ?? ""}" is not a document id` });
  return id;
}

function progressPrinter(io: TranslateIo): (progress: TranslationProgress) => void {
  let last = "";
  return (progress) => {
    const line = progressLine(progress);
    if (line === last) return;
    last = line;
    io.err(io.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
  };
}

/**
 * `selaras translate <docId>`: translates in this process and waits; a job
 * that ends paused or failed becomes an error (non-zero exit) after the summary.
 */
export async function runTranslate(db: Db, args: string[], io: TranslateIo): Promise<void> {
  const { values, positionals } = parseCliArgs(args, OPTIONS);
  const id = documentId(positionals[0]);
  if (values["dry-run"]) {
    const preview = await previewTranslation(db, id, io.translator);
    io.out(values.json ? `${JSON.stringify(preview, null, 2)}\n` : previewLines(preview));
    if (!preview.keyConfigured) throw new AppError("deeplNoKey");
    if (preview.quotaErrorCode) throw new AppError(preview.quotaErrorCode);
    return;
  }
  const onProgress = progressPrinter(io);
  const result = await translateDocumentAndWait(db, id, { translator: io.translator, owner: `cli-${os.hostname()}-${process.pid}`, onProgress });
  if (io.isTTY) io.err("\n");
  io.out(values.json ? `${JSON.stringify(summaryJson(result), null, 2)}\n` : summaryLines(result));
  if (result.errorCode) throw new AppError(result.errorCode);
  if (result.state !== "done") throw new AppError("translationJobNotDone", { id: result.id, state: result.state });
}

export const translateCommand: CliCommand = {
  usage: "<docId> [--json] [--dry-run]",
  summary: "Translate a document's untranslated paragraphs with DeepL (DEEPL_AUTH_KEY) and wait; --dry-run shows the cost and quota only.",
  run: (args) =>
    runWithDb((db) =>
      runTranslate(db, args, {
        translator: translatorFromEnv(),
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        isTTY: process.stderr.isTTY === true,
      }),
    ),
};
