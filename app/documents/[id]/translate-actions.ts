"use server";

import { z } from "zod";
import { TARGET_LANGS, type TargetLang } from "@/lib/bilingual/types";
import { setDocumentTargetLang } from "@/lib/db/document-target";
import { acceptCandidate, dismissCandidate } from "@/lib/db/paragraph-candidates";
import { db } from "@/lib/db/client";
import { toErrorPayload, type ErrorPayload } from "@/lib/errors/app-error";
import { cancelTranslation, resumeTranslation, toProgress } from "@/lib/translate/job-control";
import { previewTranslation, type TranslationPreview } from "@/lib/translate/preview-translation";
import { retranslateParagraph } from "@/lib/translate/retranslate-paragraph";
import { startDocumentTranslation } from "@/lib/translate/start-translation";
import { toJobStatus, type JobStatus } from "./job-status";

export type ActionResult<T> = { result: T; error?: undefined } | { result?: undefined; error: ErrorPayload };

const id = z.number().int().positive();

async function attempt<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { result: await run() };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}

export async function previewDocumentTranslation(documentId: number): Promise<ActionResult<TranslationPreview>> {
  return attempt(() => previewTranslation(db, id.parse(documentId)));
}

export async function startTranslation(documentId: number): Promise<ActionResult<JobStatus>> {
  return attempt(async () => toJobStatus(toProgress(await startDocumentTranslation(db, id.parse(documentId)))));
}

export async function cancelTranslationJob(jobId: number): Promise<ActionResult<JobStatus>> {
  return attempt(async () => toJobStatus(await cancelTranslation(db, id.parse(jobId))));
}

export async function resumeTranslationJob(jobId: number): Promise<ActionResult<JobStatus>> {
  return attempt(async () => toJobStatus(await resumeTranslation(db, id.parse(jobId))));
}

/** The English variant of the document's next translations. */
export async function setTargetLanguage(documentId: number, targetLang: TargetLang): Promise<ActionResult<TargetLang>> {
  return attempt(async () => {
    const lang = z.enum(TARGET_LANGS).parse(targetLang);
    await setDocumentTargetLang(db, id.parse(documentId), lang);
    return lang;
  });
}

/** Re-translates one paragraph; with a person's English the result waits as a candidate. */
export async function retranslate(paragraphId: number): Promise<ActionResult<"replaced" | "candidate">> {
  return attempt(async () => (await retranslateParagraph(db, id.parse(paragraphId))).outcome);
}

export async function acceptMachineVersion(paragraphId: number, version: number): Promise<ActionResult<true>> {
  return attempt(async () => {
    await acceptCandidate(db, id.parse(paragraphId), z.number().int().nonnegative().parse(version));
    return true as const;
  });
}

export async function keepMine(paragraphId: number): Promise<ActionResult<true>> {
  return attempt(async () => {
    await dismissCandidate(db, id.parse(paragraphId));
    return true as const;
  });
}
