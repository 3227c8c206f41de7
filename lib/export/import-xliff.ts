import type { Db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { updateTargets, type TargetUpdate } from "@/lib/db/paragraph-updates";
import { AppError } from "@/lib/errors/app-error";
import { parseXliff } from "./parse-xliff";
import { xliffFileId, xliffUnitId } from "./to-xliff";

export type SkipReason = "unknownUnit" | "sourceChanged";

// A CAT tool's way of saying a person confirmed the segment.
const CONFIRMED = new Set(["reviewed", "final"]);

export interface XliffImportResult {
  updated: number;
  /** Units whose English the paragraph already has, and nobody confirmed it in the tool (or it is already reviewed). */
  unchanged: number;
  /** Units without English: nothing to take. */
  empty: number;
  skipped: { unitId: string; reason: SkipReason }[];
}

/**
 * Takes the English of an XLIFF 2.0 file (exported by Selaras, edited in a CAT tool) back into its document:
 * every unit whose English differs, or that the tool marks reviewed/final, updates its paragraph as a reviewed
 * revision made in a tool, all in one transaction. Machine English left untouched in the tool stays as it was.
 * Units are matched by paragraph id; a unit whose Indonesian no longer matches the paragraph is skipped, since
 * its English was written for another text. Refuses malformed files and files made for another document.
 */
export async function importXliff(db: Db, documentId: number, xml: string): Promise<XliffImportResult> {
  const file = parseXliff(xml);
  const document = await getBilingualDocument(db, documentId);
  if (!document) throw new AppError("documentNotFound", { id: documentId }, 404);
  const expectedFile = xliffFileId(documentId);
  const foreign = file.units.find((unit) => unit.fileId !== expectedFile);
  if (file.units.length === 0 || foreign) throw new AppError("xliffWrongDocument", { id: documentId });
  if (file.trgLang && !/^en(-|$)/i.test(file.trgLang)) throw new AppError("xliffWrongLanguage", { lang: file.trgLang });

  const paragraphs = new Map(document.paragraphs.map((p) => [xliffUnitId(p.id), p]));
  const result: XliffImportResult = { updated: 0, unchanged: 0, empty: 0, skipped: [] };
  const updates: TargetUpdate[] = [];
  for (const unit of file.units) {
    const paragraph = paragraphs.get(unit.unitId);
    if (unit.target === null || unit.target.trim() === "") result.empty++;
    else if (!paragraph) result.skipped.push({ unitId: unit.unitId, reason: "unknownUnit" });
    else if (unit.source !== paragraph.sourceText) result.skipped.push({ unitId: unit.unitId, reason: "sourceChanged" });
    else if (unit.target === paragraph.targetText && (paragraph.status === "reviewed" || !CONFIRMED.has(unit.state))) result.unchanged++;
    else updates.push({ paragraphId: paragraph.id, position: paragraph.position + 1, text: unit.target, expectedVersion: paragraph.version });
  }
  await updateTargets(db, documentId, updates, { status: "reviewed", origin: "tool" });
  result.updated = updates.length;
  return result;
}
