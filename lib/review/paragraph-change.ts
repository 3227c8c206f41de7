import type { ParagraphKind, ParagraphStatus } from "@/lib/bilingual/types";
import { isParagraphKind, isParagraphStatus } from "@/lib/bilingual/guards";
import type { Db } from "@/lib/db/client";
import { findParagraphRecord, updateParagraphAtVersion, type ParagraphChange, type ParagraphRecord } from "@/lib/db/paragraph-versions";
import { leanSql, leanTransaction, type SqlRunner, type SqlTarget } from "@/lib/db/lean-sql";
import { inTransaction, type DbTx } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";

/** A paragraph as review use cases return it: enough for the UI to redraw the row. */
export interface ParagraphSnapshot {
  id: number;
  documentId: number;
  position: number;
  kind: ParagraphKind;
  sourceText: string;
  targetText: string | null;
  machineText: string | null;
  status: ParagraphStatus;
  sourceStale: boolean;
  version: number;
}

/** A stale save: nothing was written; `current` is what the paragraph holds now, to show beside the user's text. */
export interface Conflict {
  ok: false;
  current: ParagraphSnapshot;
}

export type ChangeResult<T = { paragraph: ParagraphSnapshot }> = ({ ok: true } & T) | Conflict;

export function statusOf(record: { status: string }): ParagraphStatus {
  return isParagraphStatus(record.status) ? record.status : "untranslated";
}

export function toSnapshot(record: Omit<ParagraphRecord, "document" | "dateline" | "createdAt">): ParagraphSnapshot {
  return {
    id: record.id,
    documentId: record.documentId,
    position: record.position,
    kind: isParagraphKind(record.kind) ? record.kind : "body",
    sourceText: record.sourceText,
    targetText: record.targetText,
    machineText: record.machineText,
    status: statusOf(record),
    sourceStale: record.sourceStale,
    version: record.version,
  };
}

/**
 * Thrown inside a transaction to roll back everything it wrote, then returned as a Conflict. Not an Error:
 * it never leaves this module, and capturing a stack trace for every lost race showed in the save profile.
 */
class StaleVersion {
  constructor(readonly current: ParagraphSnapshot) {}
}

export async function loadParagraph(tx: SqlTarget, id: number): Promise<ParagraphRecord> {
  const record = await findParagraphRecord(tx, id);
  if (!record) throw new AppError("paragraphNotFound", { id }, 404);
  return record;
}

/** Aborts the transaction with a conflict when a paragraph moved on (used for a second paragraph, such as the one a merge absorbs). */
export function ensureVersion(record: ParagraphRecord, expectedVersion: number): void {
  if (record.version !== expectedVersion) throw new StaleVersion(toSnapshot(record));
}

/**
 * Applies `change` if the paragraph is still at `expectedVersion`, or aborts the whole
 * transaction with a conflict. The version test is part of the UPDATE, which is what makes it
 * safe when another writer commits in between (PostgreSQL, several app instances).
 */
export async function changeAtVersion(tx: SqlTarget, record: ParagraphRecord, expectedVersion: number, change: ParagraphChange): Promise<ParagraphSnapshot> {
  if (!(await updateParagraphAtVersion(tx, record.id, expectedVersion, change))) throw new StaleVersion(toSnapshot(await loadParagraph(tx, record.id)));
  return toSnapshot({ ...record, ...change, version: expectedVersion + 1 });
}

type Transact<Tx> = <R>(db: Db, work: (tx: Tx) => Promise<R>) => Promise<R>;

/**
 * Runs a review use case on one paragraph. The paragraph is read first, outside any
 * transaction: a stale version is answered at once, without taking the write lock. Otherwise
 * `work` runs in one transaction with that reading, which stays valid because every change
 * moves the version on, and changeAtVersion re-checks the version as it writes. A stale version
 * met inside rolls back everything written and becomes a Conflict result.
 */
async function changeIn<Tx, T>(transact: Transact<Tx>, db: Db, paragraphId: number, expectedVersion: number, work: (tx: Tx, record: ParagraphRecord) => Promise<T>): Promise<ChangeResult<T>> {
  const record = await loadParagraph(await leanSql(db), paragraphId);
  if (record.version !== expectedVersion) return { ok: false, current: toSnapshot(record) };
  try {
    return { ok: true, ...(await transact(db, (tx) => work(tx, record))) };
  } catch (error) {
    if (error instanceof StaleVersion) return { ok: false, current: error.current };
    throw error;
  }
}

/** A change written with plain SQL (lib/db/lean-sql.ts): every save and approval goes this way, so it must be cheap. */
export function changeParagraph<T>(db: Db, paragraphId: number, expectedVersion: number, work: (tx: SqlRunner, record: ParagraphRecord) => Promise<T>): Promise<ChangeResult<T>> {
  return changeIn(leanTransaction, db, paragraphId, expectedVersion, work);
}

/** A change that also needs Prisma's model queries (splitting and merging move positions and histories). */
export function changeParagraphWithModels<T>(db: Db, paragraphId: number, expectedVersion: number, work: (tx: DbTx, record: ParagraphRecord) => Promise<T>): Promise<ChangeResult<T>> {
  return changeIn(inTransaction, db, paragraphId, expectedVersion, work);
}
