import { getDocumentJson } from "@/lib/api/get-document";
import { db } from "@/lib/db/client";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return getDocumentJson(db, request, (await params).id);
}
