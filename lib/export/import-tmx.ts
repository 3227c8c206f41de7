import { isTargetLang } from "@/lib/bilingual/guards";
import type { TargetLang } from "@/lib/bilingual/types";
import type { Db } from "@/lib/db/client";
import { importMemoryEntries, type MemoryImportCounts } from "@/lib/db/memory";
import { AppError } from "@/lib/errors/app-error";
import { parseTmx } from "./parse-tmx";

export interface TmxImportOptions {
  /** Where English tagged without the US or UK region ("en", "en-AU" …) goes; en-US unless said otherwise. */
  plainEnglish?: TargetLang;
}

/** The memory keeps US and UK English apart; any other English is filed under the variant the user chose. */
export function memoryTargetLang(lang: string, plainEnglish: TargetLang = "en-US"): TargetLang {
  return isTargetLang(lang) ? lang : plainEnglish;
}

/**
 * Brings the Indonesian → English pairs of a TMX file (from Selaras or another CAT tool) into the translation memory
 * with origin "tmx", in one transaction: reviewed entries keep their English, machine entries give way. `skipped`
 * also counts the file's units without both languages. Refuses a file that is not TMX, or holds no such pair.
 */
export async function importTmx(db: Db, xml: string, options: TmxImportOptions = {}): Promise<MemoryImportCounts> {
  const { pairs, skipped } = parseTmx(xml);
  if (pairs.length === 0) throw new AppError("tmxNoPairs");
  const counts = await importMemoryEntries(
    db,
    pairs.map((pair) => ({
      sourceLang: "id",
      targetLang: memoryTargetLang(pair.targetLang, options.plainEnglish),
      sourceText: pair.sourceText,
      targetText: pair.targetText,
      origin: "tmx" as const,
    })),
  );
  return { ...counts, skipped: counts.skipped + skipped };
}
