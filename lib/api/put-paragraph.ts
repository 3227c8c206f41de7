import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Language } from "@/lib/i18n/settings";
import { saveTarget } from "@/lib/review/save-target";
import { HUMAN_STATUSES } from "@/lib/review/status-rules";
import { errorReply, invalidRequest, refusalReply, requestLanguage, toResponse, type JsonReply } from "./json-response";
import { parseRecordId } from "@/lib/bilingual/record-id";

// Far above any real paragraph, low enough that one request cannot bloat the history.
const MAX_TEXT = 50_000;

const Body = z.object({
  text: z.string().max(MAX_TEXT),
  status: z.enum(HUMAN_STATUSES).optional(),
  version: z.number().int().positive(),
});

function parseBody(raw: string): z.infer<typeof Body> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidRequest("the body is not JSON");
  }
  const checked = Body.safeParse(parsed);
  if (!checked.success) throw invalidRequest(checked.error.issues);
  return checked.data;
}

/**
 * PUT /api/paragraphs/{id} with `{ text, status?, version }`: 200 with the new version, or 409
 * with the paragraph's current text, status and version when `version` is stale.
 */
export async function putParagraph(db: Db, rawId: string, rawBody: string, language: Language): Promise<JsonReply> {
  try {
    const id = parseRecordId(rawId);
    if (id === null) throw new AppError("paragraphNotFound", { id: rawId }, 404);
    const body = parseBody(rawBody);
    const result = await saveTarget(db, { paragraphId: id, text: body.text, expectedVersion: body.version, status: body.status, origin: "tool" });
    if (!result.ok) {
      const { targetText, status, version } = result.current;
      return refusalReply(language, 409, "versionConflict", { version }, { current: { text: targetText, status, version } });
    }
    const { paragraph } = result;
    return { status: 200, body: { id: paragraph.id, text: paragraph.targetText, status: paragraph.status, sourceStale: paragraph.sourceStale, version: paragraph.version } };
  } catch (error) {
    return errorReply(language, error);
  }
}

/** The same answer as a Response, for the Next.js route (`next dev`; `npm start` serves this path in scripts/server.ts). */
export async function putParagraphJson(db: Db, request: Request, rawId: string): Promise<Response> {
  return toResponse(await putParagraph(db, rawId, await request.text(), requestLanguage(request)));
}
