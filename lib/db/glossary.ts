import { AppError } from "@/lib/errors/app-error";
import type { Db } from "./client";
import { Prisma } from "./generated/client";
import { isUniqueViolation } from "./unique-violation";

/** An Indonesian → English term as the glossary page shows it. */
export interface GlossaryTermView {
  id: number;
  source: string;
  target: string;
  note: string | null;
  updatedAt: Date;
}

export interface GlossaryTermInput {
  source: string;
  target: string;
  note?: string | null;
}

const VIEW = { id: true, source: true, target: true, note: true, updatedAt: true } as const;

function duplicateOr(error: unknown, source: string): unknown {
  return isUniqueViolation(error) ? new AppError("glossaryTermDuplicate", { term: source }, 409) : error;
}

function notFound(error: unknown, id: number): unknown {
  const missing = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
  return missing ? new AppError("glossaryTermNotFound", { id }, 404) : error;
}

export async function listGlossaryTerms(db: Db): Promise<GlossaryTermView[]> {
  return db.glossaryTerm.findMany({ orderBy: [{ source: "asc" }, { id: "asc" }], select: VIEW });
}

export async function addGlossaryTerm(db: Db, term: GlossaryTermInput): Promise<GlossaryTermView> {
  try {
    return await db.glossaryTerm.create({ data: { source: term.source, target: term.target, note: term.note ?? null }, select: VIEW });
  } catch (error) {
    throw duplicateOr(error, term.source);
  }
}

export async function updateGlossaryTerm(db: Db, id: number, term: GlossaryTermInput): Promise<GlossaryTermView> {
  try {
    return await db.glossaryTerm.update({ where: { id }, data: { source: term.source, target: term.target, note: term.note ?? null }, select: VIEW });
  } catch (error) {
    throw notFound(duplicateOr(error, term.source), id);
  }
}

export async function deleteGlossaryTerm(db: Db, id: number): Promise<void> {
  try {
    await db.glossaryTerm.delete({ where: { id } });
  } catch (error) {
    throw notFound(error, id);
  }
}

/** Adds new terms and overwrites the English of existing ones (and their note, when one is given), all or nothing. */
export async function upsertGlossaryTerms(db: Db, terms: readonly GlossaryTermInput[]): Promise<{ added: number; updated: number }> {
  return db.$transaction(async (tx) => {
    const existing = new Set((await tx.glossaryTerm.findMany({ select: { source: true } })).map((t) => t.source));
    let added = 0;
    for (const term of terms) {
      const data = { target: term.target, ...(term.note === undefined ? {} : { note: term.note }) };
      const key = { sourceLang_targetLang_source: { sourceLang: "id", targetLang: "en", source: term.source } };
      await tx.glossaryTerm.upsert({ where: key, create: { source: term.source, ...data }, update: data });
      if (!existing.has(term.source)) added++;
    }
    return { added, updated: terms.length - added };
  });
}
