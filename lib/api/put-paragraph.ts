import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { saveTarget } from "@/lib/review/save-target";
import { HUMAN_STATUSES } from "@/lib/review/status-rules";
import { errorJson, invalidRequest, json } from "./json-response";
import { parseRecordId } from "@/lib/bilingual/record-id";

// Far above any real paragraph, low enough that one request cannot bloat the history.
const MAX_TEXT = 50_000;

const Body = z.object({
  text: z.string().max(MAX_TEXT),
  status: z.enum(HUMAN_STATUSES).optional(),
  version: z.number().int().positive(),
});

async function readBody(request: Request): Promise<z.infer<typeof Body>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw invalidRequest("the body is not JSON");
  }
  const parsed = Body.safeParse(raw);
  if (!parsed.success) throw invalidRequest(parsed.error.issues);
  return parsed.data;
}

/**
 * PUT /api/paragraphs/{id} with `{ text, status?, version }`: 200 with the new version, or 409
 * with the paragraph's current text, status and version when `version` is stale.
 */
export async function putParagraphJson(db: Db, request: Request, rawId: string): Promise<Response> {
  try {
    const id = parseRecordId(rawId);
    if (id === null) throw new AppError("paragraphNotFound", { id: rawId }, 404);
    const body = await readBody(request);
    const result = await saveTarget(db, { paragraphId: id, text: body.text, expectedVersion: body.version, status: body.status, origin: "tool" });
    if (!result.ok) {
      const { targetText, status, version } = result.current;
      return errorJson(request, new AppError("versionConflict", { version }, 409), { current: { text: targetText, status, version } });
    }
    const { paragraph } = result;
    return json({ id: paragraph.id, text: paragraph.targetText, status: paragraph.status, sourceStale: paragraph.sourceStale, version: paragraph.version });
  } catch (error) {
    return errorJson(request, error);
  }
}
