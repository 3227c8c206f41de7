import fs from "node:fs";
import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";
import { rememberTranslations } from "@/lib/db/memory";
import { onceForDatabase } from "@/lib/db/settings";
import { parsePlainText } from "@/lib/import/parse-plain-text";

const SEEDED = "sampleSeeded";
const SOURCE = new URL("./tempo-2023-09-14-kim-putin.id.txt", import.meta.url);
// English written by the Selaras team, one line per Indonesian paragraph, dateline excluded.
const ENGLISH = new URL("./tempo-2023-09-14-kim-putin.en.txt", import.meta.url);

/** The sample document: the Tempo article with our reviewed English, paired paragraph by paragraph. */
export function sampleDraft() {
  const draft = parsePlainText({
    text: fs.readFileSync(SOURCE, "utf8"),
    originKind: "seed",
    originRef: "tempo-2023-09-14-kim-putin.id.txt",
  });
  const english = fs.readFileSync(ENGLISH, "utf8").split("\n").filter(Boolean);
  if (english.length !== draft.paragraphs.length) {
    throw new Error(`Sample English has ${english.length} lines for ${draft.paragraphs.length} paragraphs`);
  }
  return { ...draft, title: "Kim Jong Un Undang Putin ke Korea Utara", paragraphs: draft.paragraphs.map((p, i) => ({ ...p, targetText: english[i] })) };
}

/**
 * Loads the sample once per database, even when several app instances start at once on a fresh one; deleting
 * it later does not bring it back.
 */
export async function seedSample(db: Db): Promise<number | null> {
  return onceForDatabase(db, SEEDED, async (tx) => {
    const draft = sampleDraft();
    const id = await createDocument(tx, draft, "seed");
    await rememberTranslations(
      tx,
      draft.paragraphs.map((p) => ({ sourceLang: "id", targetLang: "en-US", sourceText: p.sourceText, targetText: p.targetText, origin: "reviewed" as const })),
    );
    return id;
  });
}
