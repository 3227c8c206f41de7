"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { TARGET_LANGS } from "@/lib/bilingual/types";
import { db } from "@/lib/db/client";
import type { MemoryImportCounts } from "@/lib/db/memory";
import { toErrorPayload } from "@/lib/errors/app-error";
import { importTmx } from "@/lib/export/import-tmx";
import { readExchangeFile } from "@/lib/export/read-exchange-file";
import type { UploadState } from "../components/upload-form";

const tmxForm = z.object({ plainEnglish: z.enum(TARGET_LANGS).catch("en-US") });

/** Imports an uploaded TMX file into the translation memory, all or nothing. */
export async function importTmxFile(_previous: UploadState<MemoryImportCounts>, formData: FormData): Promise<UploadState<MemoryImportCounts>> {
  try {
    const { plainEnglish } = tmxForm.parse({ plainEnglish: formData.get("plainEnglish") });
    const result = await importTmx(db, await readExchangeFile(formData.get("file")), { plainEnglish });
    revalidatePath("/memory");
    return { result };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}
