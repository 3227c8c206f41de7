import type { BilingualDocument, DocumentDraft, DocumentProgress, ParagraphStatus } from "@/lib/bilingual/types";
import { isParagraphKind, isParagraphStatus, isTargetLang } from "@/lib/bilingual/guards";
import type { Db } from "./client";
import type { Paragraph } from "./generated/client";
import { insertParagraphs } from "./insert-paragraphs";
import { isTopLevelClient, type DbTx } from "./transaction";

export interface DocumentSummary {
  id: number;
  title: string;
  createdAt: Date;
  progress: DocumentProgress;
}

/**
 * Stores a document and all its paragraphs in one transaction (the caller's, when given one); English that
 * arrives with it gets a first revision.
 */
export async function createDocument(db: Db | DbTx, draft: DocumentDraft, targetOrigin = "import"): Promise<number> {
  if (isTopLevelClient(db)) return db.$transaction((tx) => createDocument(tx, draft, targetOrigin));
  const document = await db.document.create({
    data: {
      title: draft.title,
      originKind: draft.originKind,
      originRef: draft.originRef ?? null,
      targetLang: draft.targetLang ?? "en-US",
    },
  });
  await insertParagraphs(db, document.id, draft.paragraphs);
  const withEnglish = await db.paragraph.findMany({
    where: { documentId: document.id, targetText: { not: null } },
    select: { id: true, targetText: true, status: true, version: true },
    // Without an order PostgreSQL may return rows in any order: keep revision ids in reading order on both databases.
    orderBy: { position: "asc" },
  });
  if (withEnglish.length > 0) {
    await db.revision.createMany({
      data: withEnglish.map((p) => ({ paragraphId: p.id, field: "target", text: p.targetText ?? "", status: p.status, origin: targetOrigin, version: p.version })),
    });
  }
  return document.id;
}

/** Every document, newest first, with its translation and review progress. */
export async function listDocuments(db: Db): Promise<DocumentSummary[]> {
  const [documents, counts] = await Promise.all([
    db.document.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, title: true, createdAt: true } }),
    db.paragraph.groupBy({ by: ["documentId", "status"], _count: { _all: true } }),
  ]);
  const progress = new Map<number, DocumentProgress>();
  for (const row of counts) {
    const entry = progress.get(row.documentId) ?? { paragraphs: 0, translated: 0, reviewed: 0 };
    entry.paragraphs += row._count._all;
    if (row.status !== "untranslated") entry.translated += row._count._all;
    if (row.status === "reviewed") entry.reviewed += row._count._all;
    progress.set(row.documentId, entry);
  }
  return documents.map((d) => ({ ...d, progress: progress.get(d.id) ?? { paragraphs: 0, translated: 0, reviewed: 0 } }));
}

/** A stored paragraph row as the shared BilingualParagraph type. */
export function toBilingualParagraph(p: Paragraph) {
  return {
    id: p.id,
    position: p.position,
    kind: isParagraphKind(p.kind) ? p.kind : "body",
    dateline: p.dateline,
    sourceText: p.sourceText,
    targetText: p.targetText,
    status: (isParagraphStatus(p.status) ? p.status : "untranslated") as ParagraphStatus,
    machineText: p.machineText,
    candidateText: p.candidateText,
    translationError: p.translationError,
    sourceStale: p.sourceStale,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  } as const;
}

/** A document with its paragraphs in reading order, or null when it does not exist. */
export async function getBilingualDocument(db: Db, id: number): Promise<BilingualDocument | null> {
  const document = await db.document.findUnique({ where: { id }, include: { paragraphs: { orderBy: { position: "asc" } } } });
  if (!document) return null;
  return {
    id: document.id,
    title: document.title,
    sourceLang: document.sourceLang,
    targetLang: isTargetLang(document.targetLang) ? document.targetLang : "en-US",
    originKind: document.originKind,
    originRef: document.originRef,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    paragraphs: document.paragraphs.map(toBilingualParagraph),
  };
}
