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
    ["Presiden B.J. Habibie meresmikannya. Warga bersorak.", 2],
    ["Prof. Dr. Ir. H. Budi Santoso, M.Si. Hadir di sana. Ia berpidato.", 2],
    ["Rapat digelar di Jl. Sudirman No. 5 Jakarta. Semua hadir.", 2],
    ["Pada 5 Sept. 2023 Presiden tiba. Ia disambut.", 2],
    ["Kapolda Jend. Listyo Sigit hadir. Ia berbicara.", 2],
  ])("does not split after abbreviations: %s", (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });

  it("still ends a sentence after a word that only looks like an abbreviation", () => {
    expect(splitSentences("Ia membeli beras, gula, dll. Kemudian pulang.")).toEqual(["Ia membeli beras, gula, dll.", "Kemudian pulang."]);
    expect(splitSentences("Kasus itu ditangani KPK. Ia diperiksa.")).toHaveLength(2);
    expect(splitSentences("Jumlahnya mencapai 12. Kemudian naik.")).toHaveLength(2);
  });

  it("keeps decimal numbers and quotes together", () => {
    expect(splitSentences("“Sangat meresahkan,” kata Miller. Inflasi 3,5 persen. Suku bunga 5.75 persen.")).toEqual([
      "“Sangat meresahkan,” kata Miller.",
      "Inflasi 3,5 persen.",
      "Suku bunga 5.75 persen.",
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(splitSentences("“Kami siap.” Ia pulang. \"Tidak!\" katanya. “Mengapa?” tanyanya.")).toEqual([
      "“Kami siap.”",
      "Ia pulang.",
      "\"Tidak!\" katanya.",
      "“Mengapa?” tanyanya.",
    ]);
  });

  it("treats both ellipsis spellings alike: a break before a capital, none before lowercase", () => {
    expect(splitSentences("Dia berkata... Lalu pergi.")).toEqual(["Dia berkata...", "Lalu pergi."]);
    expect(splitSentences("Dia berkata… Lalu pergi.")).toEqual(["Dia berkata…", "Lalu pergi."]);
    expect(splitSentences("Saya… saya tidak tahu. Maaf.")).toEqual(["Saya… saya tidak tahu.", "Maaf."]);
  });

  it("keeps numbered list markers with their item", () => {
    expect(splitSentences("1. Buka pintu.")).toEqual(["1. Buka pintu."]);
    expect(splitSentences("Langkahnya: 1. Buka pintu. 2. Masuk.")).toEqual(["Langkahnya: 1. Buka pintu.", "2. Masuk."]);
  });

  it("returns spans that cover the paragraph exactly, in the original characters", () => {
    const text = "Satu… Dua dr. Tiga. Empat";
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(["Satu… ", "Dua dr. Tiga. ", "Empat"]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(spans.map((s) => s.text));
    expect(spans.at(-1)?.end).toBe(text.length);
  });

  it("handles empty text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(sentenceSpans("")).toEqual([]);
  });
});
