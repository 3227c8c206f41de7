/**
 * Sentence boundaries for Indonesian text. Intl.Segmenter does the work; we only
 * re-join the breaks it makes after abbreviations common in Indonesian news,
 * which it cannot know ("Rp.", "dr.", "Tbk.", initials such as "M. Yusuf").
 */

const ABBREVIATIONS = new Set([
  "Rp", "No", "dr", "Dr", "drg", "St", "H", "Hj", "Tbk", "Prof", "Ir", "Jl", "Jln", "Kec", "Kab", "Kel", "Yth",
  "Bpk", "Sdr", "Sdri", "Ny", "Nn", "Tn", "KH", "Moh", "Muh", "Mr", "Mrs", "Ms", "dkk", "dll", "dsb", "tsb",
  "hlm", "a.n", "u.p", "S.H", "S.E", "M.Si", "M.Sc", "Ph.D", "S.Kom", "S.Pd", "vs", "Co", "Inc", "Ltd", "PT",
]);

const segmenter = new Intl.Segmenter("id", { granularity: "sentence" });

/** True when a segment ends with an abbreviation or an initial, so the break after it is false. */
function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s("“'‘])([\p{L}.]+)\.\s*$/u.exec(segment);
  if (!match) return false;
  const word = match[1];
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Sentence spans covering the whole paragraph; trailing spaces stay with their sentence. */
export function sentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = spans.at(-1);
    if (previous && endsWithAbbreviation(previous.text)) {
      previous.end = index + segment.length;
      previous.text += segment;
    } else {
      spans.push({ start: index, end: index + segment.length, text: segment });
    }
  }
  return spans;
}

/** The sentences of a paragraph, trimmed. */
export function splitSentences(paragraph: string): string[] {
  return sentenceSpans(paragraph)
    .map((span) => span.text.trim())
    .filter((sentence) => sentence !== "");
}
