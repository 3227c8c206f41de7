"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { toErrorPayload, type ErrorPayload } from "@/lib/errors/app-error";
import { importDocument } from "@/lib/import/import-document";

export interface ImportFormState {
  error?: ErrorPayload;
  values?: { text: string; title: string };
}

const importForm = z.object({
  text: z.string().default(""),
  title: z.string().default(""),
  file: z.instanceof(File).nullable().default(null),
});

/** Adds a document from pasted text or an uploaded file, then opens it. */
export async function addDocument(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const form = importForm.parse({
    text: formData.get("text") ?? undefined,
    title: formData.get("title") ?? undefined,
    file: formData.get("file") instanceof File ? formData.get("file") : null,
  });
  let id: number;
  try {
    const file = form.file && form.file.size > 0 ? { name: form.file.name, bytes: new Uint8Array(await form.file.arrayBuffer()) } : undefined;
    ({ documentId: id } = await importDocument(db, { text: form.text, file, title: form.title }));
  } catch (error) {
    return { error: toErrorPayload(error), values: { text: form.text, title: form.title } };
  }
  revalidatePath("/");
  redirect(`/documents/${id}`);
}
