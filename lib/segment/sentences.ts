/**
 * Sentence boundaries for Indonesian text. Intl.Segmenter does the work; we only
 * re-join the breaks it makes after abbreviations common in Indonesian news,
 * which it cannot know ("Rp.", "dr.", "Tbk.", initials such as "M. Yusuf"), after
 * list markers ("1. "), and before a lowercase word (“Tidak!” katanya.), which
 * never starts an Indonesian sentence.
 */

// Words that end in a full stop yet rarely end a sentence. "dll.", "dkk.", "dsb." are left
// out on purpose: they usually close a sentence, and the segmenter already keeps them
// inside one when a lowercase word follows.
const ABBREVIATIONS = new Set([
  "Rp", "No", "dr", "Dr", "drg", "Drs", "Dra", "St", "H", "Hj", "KH", "Tbk", "Prof", "Ir", "Jl", "Jln", "Gg",
  "Kav", "Kec", "Kab", "Kel", "Ds", "Prov", "Yth", "Bpk", "Bp", "Sdr", "Sdri", "Ny", "Nn", "Tn", "Moh", "Muh", "Mr", "Mrs",
  "Ms", "Jend", "Kol", "Kapt", "Let", "hlm", "Hlm", "vs", "Co", "Inc", "Ltd", "PT", "Tel", "Telp",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Sept", "Okt", "Nov", "Des",
]);

// The segmenter breaks after "..." but never after "…"; reading "…" as "." (same length,
// so offsets still match the original) makes both spellings behave alike.
const ELLIPSIS = /\u2026/g;

const segmenter = new Intl.Segmenter("id", { granularity: "sentence" });

/** True when a segment ends with an abbreviation, an initial or an academic title, so the break after it is false. */
function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s("“'‘])([\p{L}.]+)\.\s*$/u.exec(segment);
  if (!match) return false;
  const word = match[1];
  return (
    ABBREVIATIONS.has(word) ||
    /^\p{Lu}$/u.test(word) || // an initial: "M. Yusuf"
    /^(\p{L}\.)+\p{L}$/u.test(word) || // dotted initials: "B.J. Habibie", "S.H.", "a.n."
    /^\p{Lu}\p{Ll}?\.\p{Lu}\p{L}{0,3}$/u.test(word) // academic titles: "M.Si.", "S.Sos.", "Ph.D."
  );
}

/** True when a segment is a bare list marker ("2. ") or ends with one after a colon ("Langkah: 1. "). */
function endsWithListMarker(segment: string): boolean {
  return /(?:^|[:;]\s*)\d{1,3}[.)]\s*$/u.test(segment.trimStart());
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Sentence spans covering the whole paragraph; trailing spaces stay with their sentence. */
export function sentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(paragraph.replace(ELLIPSIS, "."))) {
    const previous = spans.at(-1);
    const end = index + segment.length;
    if (previous && (endsWithAbbreviation(previous.text) || endsWithListMarker(previous.text) || /^\s*\p{Ll}/u.test(segment))) {
      previous.end = end;
      previous.text = paragraph.slice(previous.start, end);
    } else {
      spans.push({ start: index, end, text: paragraph.slice(index, end) });
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
