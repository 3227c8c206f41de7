import type { Db } from "@/lib/db/client";
import { getBilingualDocument } from "@/lib/db/documents";
import { AppError } from "@/lib/errors/app-error";
import { errorJson, json } from "./json-response";
import { parseRecordId } from "@/lib/bilingual/record-id";

/** GET /api/documents/{id}: the document and its paragraphs in reading order, each with text, status and version. */
export async function getDocumentJson(db: Db, request: Request, rawId: string): Promise<Response> {
  try {
    const id = parseRecordId(rawId);
    const document = id === null ? null : await getBilingualDocument(db, id);
    if (!document) throw new AppError("documentNotFound", { id: rawId }, 404);
    return json({
      id: document.id,
      title: document.title,
      sourceLang: document.sourceLang,
      targetLang: document.targetLang,
      paragraphs: document.paragraphs.map((p) => ({
        id: p.id,
        position: p.position,
        kind: p.kind,
        sourceText: p.sourceText,
        text: p.targetText,
        status: p.status,
        sourceStale: p.sourceStale,
        version: p.version,
      })),
    });
  } catch (error) {
    return errorJson(request, error);
  }
}
