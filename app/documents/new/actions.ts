"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { toErrorPayload, type ErrorPayload } from "@/lib/errors/app-error";
import { importDocument } from "@/lib/import/import-document";
import { encodeNoticeParam } from "@/lib/import/notice-param";
import { importInputFrom, readImportValues, type ImportFormValues } from "./read-import-form";

export interface ImportFormState {
  error?: ErrorPayload;
  values?: ImportFormValues;
}

/** Adds a document from pasted text, an uploaded file or a web page, then opens it with what the import left out. */
export async function addDocument(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const { file, ...values } = readImportValues(formData);
  let target: string;
  try {
    const { documentId, notices } = await importDocument(db, await importInputFrom({ ...values, file }));
    target = notices.length ? `/documents/${documentId}?notices=${encodeURIComponent(encodeNoticeParam(notices))}` : `/documents/${documentId}`;
  } catch (error) {
    return { error: toErrorPayload(error), values };
  }
  revalidatePath("/");
  redirect(target);
}
