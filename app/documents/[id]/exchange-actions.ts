"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError, toErrorPayload } from "@/lib/errors/app-error";
import { importXliff, type XliffImportResult } from "@/lib/export/import-xliff";
import { readExchangeFile } from "@/lib/export/read-exchange-file";
import type { UploadState } from "../../components/upload-form";

const documentId = z.number().int().positive();

/** Takes the English of an uploaded XLIFF 2.0 file into its document; a refused file changes nothing. */
export async function importXliffFile(id: number, _previous: UploadState<XliffImportResult>, formData: FormData): Promise<UploadState<XliffImportResult>> {
  try {
    const parsed = documentId.safeParse(id);
    if (!parsed.success) throw new AppError("documentNotFound", { id: String(id) }, 404);
    const result = await importXliff(db, parsed.data, await readExchangeFile(formData.get("file")));
    revalidatePath(`/documents/${parsed.data}`);
    return { result };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}
