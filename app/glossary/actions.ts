"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { toErrorPayload } from "@/lib/errors/app-error";
import { readExchangeFile } from "@/lib/export/read-exchange-file";
import { importGlossary, removeGlossaryTerm, saveGlossaryTerm, type GlossaryImportResult } from "@/lib/translate/edit-glossary";
import type { GlossarySyncStatus } from "@/lib/translate/glossary-sync";
import type { UploadState } from "../components/upload-form";

const termId = z.coerce.number().int().positive();
const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : null;
};

/** Adds a term, or changes the one named by the form's `id`. */
export async function saveTerm(_previous: UploadState<GlossarySyncStatus>, formData: FormData): Promise<UploadState<GlossarySyncStatus>> {
  try {
    const id = formData.get("id") ? termId.parse(formData.get("id")) : undefined;
    const { sync } = await saveGlossaryTerm(db, { source: text(formData, "source"), target: text(formData, "target"), note: text(formData, "note") }, id);
    revalidatePath("/glossary");
    return { result: sync };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}

export async function deleteTerm(_previous: UploadState<GlossarySyncStatus>, formData: FormData): Promise<UploadState<GlossarySyncStatus>> {
  try {
    const { sync } = await removeGlossaryTerm(db, termId.parse(formData.get("id")));
    revalidatePath("/glossary");
    return { result: sync };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}

/** Imports a CSV or TSV file all or nothing; the problems name their lines. */
export async function importTerms(_previous: UploadState<GlossaryImportResult>, formData: FormData): Promise<UploadState<GlossaryImportResult>> {
  try {
    const file = formData.get("file");
    const result = await importGlossary(db, { name: file instanceof File ? file.name : "", text: await readExchangeFile(file) });
    if (result.problems.length === 0) revalidatePath("/glossary");
    return { result };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}
