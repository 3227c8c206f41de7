import type { Db } from "@/lib/db/client";
import { addGlossaryTerm, deleteGlossaryTerm, updateGlossaryTerm, upsertGlossaryTerms, type GlossaryTermView } from "@/lib/db/glossary";
import { parseGlossaryFile, type GlossaryFileProblem } from "./glossary-file";
import { syncAfterChange, type GlossarySyncStatus } from "./glossary-sync";
import { validateGlossaryTerm } from "./glossary-term";
import type { MachineTranslator } from "./machine-translator";
import { translatorFromEnv } from "./shared-translator";

export interface TermFields {
  source?: string | null;
  target?: string | null;
  note?: string | null;
}

/** Adds a term (no id) or changes one, then mirrors the glossary to DeepL when a key is set. */
export async function saveGlossaryTerm(
  db: Db,
  fields: TermFields,
  id?: number,
  translator: MachineTranslator | null = translatorFromEnv(),
): Promise<{ term: GlossaryTermView; sync: GlossarySyncStatus }> {
  const input = validateGlossaryTerm(fields);
  const term = id === undefined ? await addGlossaryTerm(db, input) : await updateGlossaryTerm(db, id, input);
  return { term, sync: await syncAfterChange(db, translator) };
}

export async function removeGlossaryTerm(db: Db, id: number, translator: MachineTranslator | null = translatorFromEnv()): Promise<{ sync: GlossarySyncStatus }> {
  await deleteGlossaryTerm(db, id);
  return { sync: await syncAfterChange(db, translator) };
}

export interface GlossaryImportResult {
  added: number;
  updated: number;
  /** Non-empty means nothing was imported. */
  problems: GlossaryFileProblem[];
  sync: GlossarySyncStatus | null;
}

/** Imports a CSV or TSV file all or nothing: any bad line is reported and nothing changes. */
export async function importGlossary(
  db: Db,
  file: { name: string; text: string },
  translator: MachineTranslator | null = translatorFromEnv(),
): Promise<GlossaryImportResult> {
  const { terms, problems } = parseGlossaryFile(file.text, file.name);
  if (problems.length > 0) return { added: 0, updated: 0, problems, sync: null };
  const { added, updated } = await upsertGlossaryTerms(db, terms);
  return { added, updated, problems, sync: await syncAfterChange(db, translator) };
}
