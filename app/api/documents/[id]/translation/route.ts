import { NextResponse } from "next/server";
import { parseRecordId } from "@/lib/bilingual/record-id";
import { db } from "@/lib/db/client";
import { getTranslationProgress } from "@/lib/translate/job-control";
import { toJobStatus } from "../../../../documents/[id]/job-status";

/** The document's latest translation job, polled by the reader's progress bar (null: never translated). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRecordId((await params).id);
  if (id === null) return NextResponse.json(null, { status: 404 });
  const progress = await getTranslationProgress(db, id);
  return NextResponse.json(progress && toJobStatus(progress), { headers: { "Cache-Control": "no-store" } });
}
