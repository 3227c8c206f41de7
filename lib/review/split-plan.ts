import { AppError } from "@/lib/errors/app-error";
import { sentenceSpans } from "@/lib/segment/sentences";

export interface ParagraphTexts {
  sourceText: string;
  targetText: string | null;
  machineText: string | null;
}

/** Where the user put the cursor: in the Indonesian or in the English, as a UTF-16 offset (textarea selectionStart). */
export interface SplitCursor {
  side: "source" | "target";
  offset: number;
}

export interface SplitPlan {
  first: ParagraphTexts;
  second: ParagraphTexts;
}

interface Cut {
  before: string;
  after: string;
}

function cutAt(text: string, offset: number): Cut {
  return { before: text.slice(0, offset).trimEnd(), after: text.slice(offset).trimStart() };
}

/** Sentence starts after the first sentence: the places a paragraph can be cut between sentences. */
function sentenceBoundaries(text: string): number[] {
  return sentenceSpans(text).slice(1).map((span) => span.start);
}

function wordBoundaries(text: string): number[] {
  return [...text.matchAll(/\s+(?=\S)/g)].map((match) => match.index + match[0].length).filter((index) => index > 0);
}

interface CursorShape {
  ratio: number;
  /** 1-based index of the sentence boundary the cursor sits on, with the side's sentence count; null inside a sentence. */
  boundary: { index: number; of: number } | null;
}

function shapeOf(text: string, offset: number): CursorShape {
  const start = offset + (text.length - offset - text.slice(offset).trimStart().length);
  const boundaries = sentenceBoundaries(text);
  const index = boundaries.indexOf(start);
  return { ratio: offset / text.length, boundary: index >= 0 ? { index: index + 1, of: boundaries.length + 1 } : null };
}

/**
 * The other side follows the cursor: when the cursor sits between sentences and both sides have
 * the same number of sentences, the other side is cut between the same sentences; otherwise at
 * the sentence boundary (or, in a single sentence, the word boundary) nearest the same proportion
 * of its length. The user can correct a poor guess by editing either half.
 */
function follow(text: string | null, shape: CursorShape): Cut | null {
  if (text === null || text.trim() === "") return null;
  const boundaries = sentenceBoundaries(text);
  if (shape.boundary && boundaries.length + 1 === shape.boundary.of) return cutAt(text, boundaries[shape.boundary.index - 1]);
  const candidates = boundaries.length > 0 ? boundaries : wordBoundaries(text);
  if (candidates.length === 0) return { before: text.trim(), after: "" };
  const best = candidates.reduce((a, b) => (Math.abs(b / text.length - shape.ratio) < Math.abs(a / text.length - shape.ratio) ? b : a));
  return cutAt(text, best);
}

const orNull = (text: string | undefined) => (text ? text : null);

/** Splits a paragraph's Indonesian and English in two at the cursor; the side without the cursor follows. */
export function planSplit(paragraph: ParagraphTexts, cursor: SplitCursor): SplitPlan {
  const cursorText = cursor.side === "source" ? paragraph.sourceText : (paragraph.targetText ?? "");
  const exact = cutAt(cursorText, cursor.offset);
  if (cursor.offset < 0 || cursor.offset > cursorText.length || exact.before === "" || exact.after === "") throw new AppError("splitAtEdge");
  const shape = shapeOf(cursorText, cursor.offset);
  const source = cursor.side === "source" ? exact : follow(paragraph.sourceText, shape);
  const target = cursor.side === "target" ? exact : follow(paragraph.targetText, shape);
  const machine = paragraph.machineText === paragraph.targetText ? target : follow(paragraph.machineText, shape);
  if (!source || source.after === "") throw new AppError("splitAtEdge");
  return {
    first: { sourceText: source.before, targetText: orNull(target?.before), machineText: orNull(machine?.before) },
    second: { sourceText: source.after, targetText: orNull(target?.after), machineText: orNull(machine?.after) },
  };
}
