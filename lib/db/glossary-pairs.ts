import type { DbTx } from "./transaction";

/**
 * The glossary as the quality checks need it: source and agreed English. Glossary terms are
 * stored with the bare target language ("en", as DeepL glossaries want), documents with a
 * regional one ("en-US"), so both are accepted.
 */
export async function listGlossaryPairs(db: DbTx, sourceLang: string, targetLang: string): Promise<{ source: string; target: string }[]> {
  const targets = [...new Set([targetLang, targetLang.split("-")[0]])];
  return db.glossaryTerm.findMany({ where: { sourceLang, targetLang: { in: targets } }, select: { source: true, target: true }, orderBy: { source: "asc" } });
}
