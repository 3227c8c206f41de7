import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { ImportInput } from "@/lib/import/import-document";
import { IMPORT_SOURCES, type ImportSource } from "./import-source";


/** What the form shows again after a refusal (a chosen file cannot be sent back). */
export interface ImportFormValues {
  source: ImportSource;
  text: string;
  url: string;
  title: string;
  format: string;
}

const importForm = z.object({
  source: z.enum(IMPORT_SOURCES).catch("paste"),
  text: z.string().default(""),
  url: z.string().default(""),
  title: z.string().default(""),
  format: z.string().default(""),
  file: z.instanceof(File).nullable().default(null),
});

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/** The form's fields, before anything is checked. */
export function readImportValues(formData: FormData): ImportFormValues & { file: File | null } {
  const file = formData.get("file");
  return importForm.parse({
    source: field(formData, "source"),
    text: field(formData, "text"),
    url: field(formData, "url"),
    title: field(formData, "title"),
    format: field(formData, "format"),
    file: file instanceof File ? file : null,
  });
}

/**
 * The import input for the one source the user chose: the form keeps every field filled
 * in while the user switches, so the others are ignored here, not merged. A web page is
 * always HTML, so the format choice (hidden for it) does not apply.
 */
export async function importInputFrom(values: ImportFormValues & { file: File | null }): Promise<ImportInput> {
  const title = values.title;
  const format = values.format || undefined;
  if (values.source === "url") {
    if (!values.url.trim()) throw new AppError("urlMissing");
    return { url: values.url.trim(), title };
  }
  if (values.source === "file") {
    const file = values.file;
    if (!file || file.size === 0) throw new AppError("noFileChosen");
    return { file: { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, title, format };
  }
  return { text: values.text, title, format };
}
