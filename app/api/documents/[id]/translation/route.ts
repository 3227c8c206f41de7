import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { getTranslationProgress } from "@/lib/translate/job-control";
import { toJobStatus } from "../../../../documents/[id]/job-status";

/** The document's latest translation job, polled by the reader's progress bar (null: never translated). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) return NextResponse.json(null, { status: 404 });
  const progress = await getTranslationProgress(db, id);
  return NextResponse.json(progress && toJobStatus(progress), { headers: { "Cache-Control": "no-store" } });
}
