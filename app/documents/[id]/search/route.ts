import { NextResponse, type NextRequest } from "next/server";
import { parseRecordId } from "@/lib/bilingual/record-id";
import { db } from "@/lib/db/client";
import { searchDocument } from "@/lib/db/search";
import { AppError, toErrorPayload } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";

/** GET /documents/ID/search?q=… → { matches, truncated }, or { error } with a code the page translates. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRecordId((await params).id);
  try {
    if (id === null) throw new AppError("documentNotFound", { id: (await params).id }, 404);
    return NextResponse.json(await searchDocument(db, id, request.nextUrl.searchParams.get("q") ?? ""));
  } catch (error) {
    return NextResponse.json({ error: toErrorPayload(error) }, { status: error instanceof AppError ? error.status : 500 });
  }
}
