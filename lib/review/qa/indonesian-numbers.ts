import { inReadingOrder, maskSpans, timeMention, type NumberMention, type TimeMatch } from "./number-mention";

const SCALES: Record<string, number> = {
  ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12,
  // Upper case only: headlines write "Rp 5 M" for miliar and "Rp 2 T" for triliun, while "5 m" is metres.
  M: 1e9, T: 1e12,
};

// "pukul 14.30", "jam 9 malam", "14.30 WIB", "14:30". Indonesian writes 24-hour times, so only a bare hour is ambiguous.
const TIMES = [
  /(?<![\p{L}\p{N}])(?:pukul|jam|pk\.?)\s+(\d{1,2})(?:[.:](\d{2}))?(?![\d.,]\d)(?:\s+(pagi|siang|sore|petang|malam)(?!\p{L}))?/giu,
  /(?<![\d.,])(\d{1,2})[.:](\d{2})\s*(?:WIB|WITA|WIT)(?!\p{L})/gu,
  /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/gu,
];
const EVENING = new Set(["sore", "petang", "malam"]);

const NUMBER =
  /(?<!\p{N})(\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?![\d.])|\d+)(?:\s*(ribu|rb|juta|jt|miliar|milyar|triliun|m|t)(?![\p{L}\p{N}]))?(?:\s*(%|persen(?!\p{L})))?/giu;

function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (const pattern of TIMES) {
    for (const match of text.matchAll(pattern)) {
      if (found.some((t) => match.index < t.index + t.length && t.index < match.index + match[0].length)) continue;
      const period = match[3]?.toLowerCase();
      let hours = Number(match[1]);
      const minutes = Number(match[2] ?? 0);
      if (hours > 24 || minutes > 59) continue;
      if (period && EVENING.has(period) && hours < 12) hours += 12;
      found.push(timeMention(match, hours, minutes, !period && match[2] === undefined));
    }
  }
  return found;
}

function scaleOf(word: string): number | undefined {
  return word.length === 1 ? SCALES[word] : SCALES[word.toLowerCase()];
}

/** Indonesian digits: dots group thousands, a comma marks decimals; a lone dot before one or two digits is read as a decimal. */
function parseIndonesian(digits: string): number {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) return Number(digits.replaceAll(".", "").replace(",", "."));
  return Number(digits.replace(",", "."));
}

/** Numbers, percentages and clock times in an Indonesian text, with scale words applied. */
export function indonesianNumbers(text: string): NumberMention[] {
  const times = findTimes(text);
  const mentions = times.map((time) => time.mention);
  for (const match of maskSpans(text, times).matchAll(NUMBER)) {
    const [raw, digits, word, percent] = match;
    const scale = word ? scaleOf(word) : 1;
    // A lower-case "m" or "t" after a number is a unit, not a scale: keep the bare number.
    if (scale === undefined) mentions.push({ kind: "number", value: parseIndonesian(digits), raw: digits, index: match.index });
    else mentions.push({ kind: percent ? "percent" : "number", value: parseIndonesian(digits) * scale, raw: raw.trim(), index: match.index });
  }
  return inReadingOrder(mentions);
}
