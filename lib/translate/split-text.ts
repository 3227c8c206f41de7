import { splitSentences } from "@/lib/segment/sentences";
import { encodedLength } from "./request-size";

// A space joining two parts is encoded as a single "+".
const JOIN_BYTES = 1;

/**
 * Greedily joins parts with single spaces into pieces whose encoded size stays
 * within `budget`; a part too large on its own is split further by `finer`.
 */
function pack(parts: string[], budget: number, finer: (part: string) => string[]): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    if (current.length > 0) pieces.push(current.join(" "));
    current = [];
    size = 0;
  };
  for (const part of parts) {
    const partSize = encodedLength(part);
    if (current.length > 0 && size + JOIN_BYTES + partSize <= budget) {
      current.push(part);
      size += JOIN_BYTES + partSize;
      continue;
    }
    flush();
    if (partSize <= budget) {
      current = [part];
      size = partSize;
    } else {
      pieces.push(...finer(part));
    }
  }
  flush();
  return pieces;
}

/** Last resort for a "word" larger than a request: cut it by code points. */
function splitCharacters(word: string, budget: number): string[] {
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  for (const char of word) {
    const charSize = encodedLength(char);
    if (current && size + charSize > budget) {
      pieces.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += charSize;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Splits a paragraph whose encoded size exceeds `budget` bytes into pieces
 * that fit, at sentence boundaries (words, then characters, only when one
 * sentence alone is too large). Translated pieces are joined with `joinPieces`.
 */
export function splitToFit(text: string, budget: number): string[] {
  if (encodedLength(text) <= budget) return [text];
  const byWords = (sentence: string) => pack(sentence.split(/\s+/).filter(Boolean), budget, (word) => splitCharacters(word, budget));
  return pack(splitSentences(text), budget, byWords);
}

export function joinPieces(pieces: readonly string[]): string {
  return pieces.map((piece) => piece.trim()).filter(Boolean).join(" ");
}
