import type { QaTexts, QaWarning } from "./qa-warning";

// Frequent Indonesian function words that are not English words, so names such as "Dan" or "Ada" are spared (lower case only).
const STOP_WORDS = new Set([
  "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "tidak", "akan", "pada", "juga", "dalam", "adalah",
  "oleh", "karena", "atau", "sudah", "telah", "bisa", "ada", "kami", "kita", "mereka", "saya", "dia", "tersebut", "bahwa",
  "sebagai", "serta", "namun", "tetapi", "jika", "menjadi", "lebih", "masih", "hanya", "antara", "setelah", "belum", "harus",
  "secara", "bagi", "hingga", "sampai", "kepada", "sejak", "agar", "sehingga", "bahkan", "seperti", "yaitu", "yakni", "saat",
]);

// At least this many stop words, no more than MAX_GAP other words apart, make an Indonesian run.
const MIN_STOP_WORDS = 3;
const MAX_GAP = 2;

/** Stretches of the English that are still Indonesian: a dense cluster of Indonesian function words. */
export function checkIndonesianRuns({ targetText }: QaTexts): QaWarning[] {
  if (!targetText) return [];
  const words = [...targetText.matchAll(/\p{L}+/gu)];
  const warnings: QaWarning[] = [];
  let runStart = -1;
  let lastStop = -1;
  let stops = 0;
  const close = () => {
    if (stops >= MIN_STOP_WORDS) {
      const from = words[runStart].index;
      warnings.push({ code: "indonesianRun", params: { text: targetText.slice(from, words[lastStop].index + words[lastStop][0].length) } });
    }
    stops = 0;
  };
  words.forEach((word, i) => {
    if (!STOP_WORDS.has(word[0])) return;
    if (stops > 0 && i - lastStop - 1 > MAX_GAP) close();
    if (stops === 0) runStart = i;
    stops++;
    lastStop = i;
  });
  close();
  return warnings;
}
