import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { listGlossaryTerms } from "@/lib/db/glossary";
import { deleteSetting, readSetting, writeSetting } from "@/lib/db/settings";
import { AppError } from "@/lib/errors/app-error";
import type { MachineTranslator } from "./machine-translator";

export const GLOSSARY_ID_SETTING = "deepl.glossaryId";
// Which entries DeepL's copy holds, so requests reuse it until the local glossary changes.
export const GLOSSARY_HASH_SETTING = "deepl.glossaryHash";
const GLOSSARY_NAME = "Selaras (id → en)";

const isMissing = (error: unknown) => error instanceof AppError && error.code === "deeplGlossaryMissing";

/**
 * Mirrors the local glossary to one DeepL multilingual glossary (bare `en`
 * target) and returns its id for translate requests, or undefined when the
 * glossary is empty. Unchanged entries cost no request.
 */
export async function syncGlossary(db: Db, translator: MachineTranslator): Promise<string | undefined> {
  const terms = await listGlossaryTerms(db);
  const pairs = terms.map((t) => ({ source: t.source, target: t.target }));
  const hash = createHash("sha256").update(pairs.map((p) => `${p.source}\t${p.target}`).sort().join("\n")).digest("hex");
  let glossaryId = await readSetting(db, GLOSSARY_ID_SETTING);
  if (pairs.length === 0) {
    if (!glossaryId) return undefined;
    await translator.deleteGlossary(glossaryId).catch((error) => {
      if (!isMissing(error)) throw error;
    });
    await forgetGlossary(db);
    return undefined;
  }
  if (glossaryId && (await readSetting(db, GLOSSARY_HASH_SETTING)) === hash) return glossaryId;
  if (glossaryId) {
    try {
      await translator.replaceGlossary(glossaryId, pairs);
    } catch (error) {
      if (!isMissing(error)) throw error;
      glossaryId = null;
    }
  }
  glossaryId ??= await translator.createGlossary(GLOSSARY_NAME, pairs);
  await writeSetting(db, GLOSSARY_ID_SETTING, glossaryId);
  await writeSetting(db, GLOSSARY_HASH_SETTING, hash);
  return glossaryId;
}

/** Drops the stored DeepL glossary id, e.g. after DeepL answered that it no longer has it; the next sync creates a new one. */
export async function forgetGlossary(db: Db): Promise<void> {
  await deleteSetting(db, GLOSSARY_ID_SETTING);
  await deleteSetting(db, GLOSSARY_HASH_SETTING);
}

export type GlossarySyncStatus = { state: "synced" } | { state: "local" } | { state: "failed"; errorCode: string };

/** After a local change: mirror it now when a key is set; a failure leaves the local change in place and the next translation retries. */
export async function syncAfterChange(db: Db, translator: MachineTranslator | null): Promise<GlossarySyncStatus> {
  if (!translator) return { state: "local" };
  try {
    await syncGlossary(db, translator);
    return { state: "synced" };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { state: "failed", errorCode: error.code };
  }
}
