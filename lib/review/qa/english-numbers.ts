import { inReadingOrder, maskSpans, timeMention, type NumberMention, type TimeMatch } from "./number-mention";

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, b: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };

const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

const TIMES = [
  /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])(?:\s*([ap])\.?\s?m(?:\.|(?!\p{L})))?/giu,
  /(?<![\d.,:])(\d{1,2})\s*([ap])\.?\s?m(?:\.|(?!\p{L}))/giu,
];

// Thousands with commas, decimals with a dot. "1,5" is two numbers here, so an Indonesian decimal left in the English is caught.
const NUMBER =
  /(?<!\p{N})(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+\.\d+|\d+)(?:\s*(thousand|million|billion|trillion)(?!\p{L})|(k|m|mn|b|bn|tn)(?![\p{L}\p{N}]))?(?:\s*(%|percent(?!\p{L})|per\s+cent(?!\p{L})))?/giu;

const WORD = Object.keys(WORDS).join("|");
const SCALE_WORD = "hundred|thousand|million|billion|trillion";
// Runs such as "twenty-five" or "two hundred"; "one" and "a" count only before a scale ("a million"), alone they are rarely numbers.
const SPELLED = new RegExp(
  `(?<!\\p{L})(?:(?:one|a)|(?:${WORD})(?:[\\s-]+(?:${WORD}|hundred))*)(?:[\\s-]+(?:${SCALE_WORD}))?(?!\\p{L})(?:\\s+(?:percent|per\\s+cent)(?!\\p{L}))?`,
  "giu",
);

/** The value of a spelled-out run: units add up, "hundred" and larger scales multiply. */
function spelledValue(run: string): number | null {
  let total = 0;
  let counted = false;
  for (const word of run.toLowerCase().split(/[\s-]+/)) {
    if (word === "percent" || word === "per" || word === "cent") break;
    const scale = word === "hundred" ? 100 : SCALES[word];
    if (scale !== undefined) {
      total = Math.max(total, 1) * scale;
      counted = true;
    } else if (word === "one" || word === "a") {
      total += 1;
    } else {
      total += WORDS[word];
      counted = true;
    }
  }
  return counted ? total : null;
}

function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (const pattern of TIMES) {
    for (const match of text.matchAll(pattern)) {
      const colon = pattern === TIMES[0];
      let hours = Number(match[1]);
      const minutes = colon ? Number(match[2]) : 0;
      const period = (colon ? match[3] : match[2])?.toLowerCase();
      if (hours > 24 || minutes > 59 || found.some((t) => match.index < t.index + t.length && t.index < match.index + match[0].length)) continue;
      if (period === "p" && hours < 12) hours += 12;
      if (period === "a" && hours === 12) hours = 0;
      found.push(timeMention(match, hours, minutes, false));
    }
  }
  return found;
}

/** Numbers, percentages and clock times in an English text, with scale words applied; small numbers may be spelled out. */
export function englishNumbers(text: string): NumberMention[] {
  const times = findTimes(text);
  const masked = maskSpans(text, times);
  const mentions = times.map((time) => time.mention);
  for (const match of masked.matchAll(NUMBER)) {
    const [raw, digits, scaleWord, scaleSuffix, percent] = match;
    const scale = SCALES[(scaleWord ?? scaleSuffix ?? "").toLowerCase()] ?? 1;
    mentions.push({ kind: percent ? "percent" : "number", value: Number(digits.replaceAll(",", "")) * scale, raw: raw.trim(), index: match.index });
  }
  for (const match of masked.matchAll(SPELLED)) {
    const value = spelledValue(match[0]);
    if (value === null) continue;
    mentions.push({ kind: /per\s*cent/i.test(match[0]) ? "percent" : "number", value, spelled: true, raw: match[0].trim(), index: match.index });
  }
  return inReadingOrder(mentions);
}
