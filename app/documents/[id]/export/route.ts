import { db } from "@/lib/db/client";
import { parseRecordId } from "@/lib/bilingual/record-id";
import { getBilingualDocument } from "@/lib/db/documents";
import { AppError, toErrorPayload } from "@/lib/errors/app-error";
import { attachmentDisposition } from "@/lib/export/content-disposition";
import { exportDocument } from "@/lib/export/export-document";
import { parseExportQuery } from "@/lib/export/export-query";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** GET /documents/:id/export?format=…&layout=…&content=…&unreviewed=… — the export as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const idParam = (await params).id;
    const id = parseRecordId(idParam);
    if (id === null) throw new AppError("documentNotFound", { id: idParam }, 404);
    const { format, options } = parseExportQuery(new URL(request.url).searchParams);
    const document = await getBilingualDocument(db, id);
    if (!document) throw new AppError("documentNotFound", { id }, 404);
    const file = await exportDocument(document, format, options);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": attachmentDisposition(file.fileName),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const { code, params: messageParams } = toErrorPayload(error);
    const { t } = await getT("errors");
    return new Response(t(code as "unexpected", { ...messageParams, defaultValue: t("unexpected") }), {
      status: error instanceof AppError ? error.status : 500,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
