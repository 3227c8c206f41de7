import { isTargetLang } from "@/lib/bilingual/guards";
import type { TargetLang } from "@/lib/bilingual/types";
import { AppError } from "@/lib/errors/app-error";
import type { Db } from "./client";

/** The English variant DeepL translates a document into. */
export async function getDocumentTargetLang(db: Db, documentId: number): Promise<TargetLang> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { targetLang: true } });
  if (!document) throw new AppError("documentNotFound", { id: documentId }, 404);
  return isTargetLang(document.targetLang) ? document.targetLang : "en-US";
}

/** Changes it for the next translations; English already there stays as it is. */
export async function setDocumentTargetLang(db: Db, documentId: number, targetLang: TargetLang): Promise<void> {
  const { count } = await db.document.updateMany({ where: { id: documentId }, data: { targetLang } });
  if (count === 0) throw new AppError("documentNotFound", { id: documentId }, 404);
}
