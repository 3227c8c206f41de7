import type { GlossaryTermInput } from "@/lib/db/glossary";
import { AppError } from "@/lib/errors/app-error";

export const MAX_TERM_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;

// DeepL refuses control characters and Unicode line separators in glossary entries; tabs and newlines would also break its TSV.
const INVALID = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Trims and checks one term as a person typed it; refuses with an AppError the form can show. */
export function validateGlossaryTerm(input: { source?: string | null; target?: string | null; note?: string | null }): GlossaryTermInput {
  const source = input.source?.trim() ?? "";
  const target = input.target?.trim() ?? "";
  const note = input.note?.trim() || null;
  if (!source || !target) throw new AppError("glossaryTermEmpty");
  if (source.length > MAX_TERM_LENGTH || target.length > MAX_TERM_LENGTH) throw new AppError("glossaryTermTooLong", { limit: MAX_TERM_LENGTH });
  if (note && note.length > MAX_NOTE_LENGTH) throw new AppError("glossaryNoteTooLong", { limit: MAX_NOTE_LENGTH });
  if (INVALID.test(source) || INVALID.test(target)) throw new AppError("glossaryTermInvalidCharacter");
  return { source, target, note };
}
