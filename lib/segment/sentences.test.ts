import { describe, expect, it } from "vitest";
import { sentenceSpans, splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits ordinary sentences", () => {
    expect(splitSentences("Putin menerima undangan itu. Kim tiba pada Selasa pagi! Apa kabar?")).toEqual([
      "Putin menerima undangan itu.",
      "Kim tiba pada Selasa pagi!",
      "Apa kabar?",
    ]);
  });

  it.each([
    ["Harga naik menjadi Rp. 15.000 per liter. Warga mengeluh.", 2],
    ["Pasien dirawat oleh dr. Budi di rumah sakit. Ia pulih.", 2],
    ["Saham PT Bank Central Asia Tbk. Naik tajam hari ini. Investor senang.", 2],
    ["Surat No. 12 dikirim kemarin. Tidak ada balasan.", 2],
    ["Ia tinggal di St. Louis sejak lama. Kini pindah.", 2],
    ["Ketua MUI H. Abdullah hadir. Acara dimulai.", 2],
    ["Menurut M. Yusuf Kalla, rapat ditunda. Semua setuju.", 2],
    ["Gelar S.H. diberikan kepadanya. Ia bangga.", 2],
  ])("does not split after abbreviations: %s", (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });

  it("keeps decimal numbers and quotes together", () => {
    expect(splitSentences("“Sangat meresahkan,” kata Miller. Inflasi 3,5 persen.")).toEqual([
      "“Sangat meresahkan,” kata Miller.",
      "Inflasi 3,5 persen.",
    ]);
  });

  it("returns spans that cover the paragraph exactly", () => {
    const text = "Satu. Dua dr. Tiga. Empat";
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text).join("")).toBe(text);
    expect(spans.at(-1)?.end).toBe(text.length);
  });

  it("handles empty text", () => {
    expect(splitSentences("")).toEqual([]);
  });
});
