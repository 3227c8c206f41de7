import { putParagraphJson } from "@/lib/api/put-paragraph";
import { db } from "@/lib/db/client";

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return putParagraphJson(db, request, (await params).id);
}
