"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { toErrorPayload, type ErrorPayload } from "@/lib/errors/app-error";
import { checkDocumentQuality, checkParagraphQuality, type ParagraphWarnings } from "@/lib/review/check-quality";
import { correctSource } from "@/lib/review/correct-source";
import { listHistory, type HistoryEntry } from "@/lib/review/list-history";
import { markReviewed } from "@/lib/review/mark-reviewed";
import { mergeParagraphs } from "@/lib/review/merge-paragraphs";
import { loadParagraph, toSnapshot, type ChangeResult, type ParagraphSnapshot } from "@/lib/review/paragraph-change";
import type { QaWarning } from "@/lib/review/qa/qa-warning";
import { restoreRevision } from "@/lib/review/restore-revision";
import { saveTarget } from "@/lib/review/save-target";
import { splitParagraph } from "@/lib/review/split-paragraph";

export type Failed = { error: ErrorPayload };
export type ChangeOutcome = ChangeResult | Failed;

const id = z.number().int().positive();
const version = z.number().int().nonnegative();
const text = z.string().max(100_000);

/** Validates, runs, and turns any error into a payload the editor shows in the reader's language. */
async function run<T>(schema: z.ZodType<T>, input: unknown, work: (data: T) => Promise<ChangeResult>): Promise<ChangeOutcome> {
  try {
    const result = await work(schema.parse(input));
    if (result.ok) revalidatePath(`/documents/${result.paragraph.documentId}`);
    return result;
  } catch (error) {
    return { error: error instanceof z.ZodError ? { code: "invalidRequest", params: { detail: error.issues[0]?.path.join(".") ?? "" } } : toErrorPayload(error) };
  }
}

export async function saveParagraphText(input: { paragraphId: number; field: "target" | "source"; text: string; version: number }): Promise<ChangeOutcome> {
  const schema = z.object({ paragraphId: id, field: z.enum(["target", "source"]), text, version });
  return run(schema, input, (d) =>
    d.field === "target"
      ? saveTarget(db, { paragraphId: d.paragraphId, text: d.text, expectedVersion: d.version })
      : correctSource(db, { paragraphId: d.paragraphId, text: d.text, expectedVersion: d.version }),
  );
}

/**
 * Approves a paragraph, with the editor's text when given. Open quality warnings are answered first
 * (nothing written) unless the person already confirmed them.
 */
export async function reviewParagraph(input: { paragraphId: number; text?: string; version: number; confirmed: boolean }): Promise<ChangeOutcome | { warnings: QaWarning[] }> {
  const schema = z.object({ paragraphId: id, text: text.optional(), version, confirmed: z.boolean() });
  const parsed = schema.safeParse(input);
  if (parsed.success && !parsed.data.confirmed) {
    try {
      const warnings = await checkParagraphQuality(db, parsed.data.paragraphId, parsed.data.text);
      if (warnings.length > 0) return { warnings };
    } catch (error) {
      return { error: toErrorPayload(error) };
    }
  }
  return run(schema, input, (d) =>
    d.text === undefined
      ? markReviewed(db, { paragraphId: d.paragraphId, expectedVersion: d.version })
      : saveTarget(db, { paragraphId: d.paragraphId, text: d.text, expectedVersion: d.version, status: "reviewed" }),
  );
}

export async function restoreParagraphRevision(input: { paragraphId: number; revisionId: number; version: number }): Promise<ChangeOutcome> {
  return run(z.object({ paragraphId: id, revisionId: id, version }), input, (d) =>
    restoreRevision(db, { paragraphId: d.paragraphId, revisionId: d.revisionId, expectedVersion: d.version }),
  );
}

export async function splitParagraphAt(input: { paragraphId: number; version: number; side: "source" | "target"; offset: number }): Promise<ChangeOutcome> {
  const schema = z.object({ paragraphId: id, version, side: z.enum(["source", "target"]), offset: z.number().int().nonnegative() });
  return run(schema, input, async (d) => {
    const result = await splitParagraph(db, { paragraphId: d.paragraphId, expectedVersion: d.version, cursor: { side: d.side, offset: d.offset } });
    return result.ok ? { ok: true as const, paragraph: result.paragraphs[0] } : result;
  });
}

export async function mergeWithNext(input: { paragraphId: number; version: number; nextVersion: number }): Promise<ChangeOutcome> {
  return run(z.object({ paragraphId: id, version, nextVersion: version }), input, (d) =>
    mergeParagraphs(db, { paragraphId: d.paragraphId, expectedVersion: d.version, nextExpectedVersion: d.nextVersion }),
  );
}

export interface ParagraphHistory {
  paragraph: ParagraphSnapshot;
  entries: HistoryEntry[];
}

export async function paragraphHistory(paragraphId: number): Promise<ParagraphHistory | Failed> {
  try {
    const checked = id.parse(paragraphId);
    const [record, entries] = await Promise.all([loadParagraph(db, checked), listHistory(db, checked)]);
    return { paragraph: toSnapshot(record), entries };
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}

export async function paragraphWarnings(paragraphId: number): Promise<QaWarning[] | Failed> {
  try {
    return await checkParagraphQuality(db, id.parse(paragraphId));
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}

export async function documentWarnings(documentId: number): Promise<ParagraphWarnings[] | Failed> {
  try {
    return await checkDocumentQuality(db, id.parse(documentId));
  } catch (error) {
    return { error: toErrorPayload(error) };
  }
}
