import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { detectDateline, isCreditLine, isRelatedLine, markNewsStructure } from "./news-structure";
import { splitParagraphs } from "./paragraphs";

describe("detectDateline", () => {
  it.each([
    ["TEMPO.CO, Jakarta - Pemimpin Korea Utara tiba.", "TEMPO.CO, Jakarta - "],
    ["KOMPAS.com - Harga beras naik.", "KOMPAS.com - "],
    ["Jakarta (ANTARA) - Presiden meresmikan jalan tol.", "Jakarta (ANTARA) - "],
    ["JAKARTA, KOMPAS.com - Banjir melanda ibu kota.", "JAKARTA, KOMPAS.com - "],
    ["Liputan6.com, Jakarta: Gempa mengguncang Cianjur.", "Liputan6.com, Jakarta: "],
    ["Bisnis.com, JAKARTA — Rupiah menguat.", "Bisnis.com, JAKARTA — "],
    ["Surabaya (ANTARA) – Warga merayakan.", "Surabaya (ANTARA) – "],
  ])("finds the dateline in %s", (text, dateline) => {
    expect(detectDateline(text)).toBe(dateline);
  });

  it.each([
    "Presiden Joko Widodo - yang baru tiba - berbicara.",
    "Pada Rabu, juru bicara Kremlin Dmitry Peskov mengatakan tidak ada rencana.",
    "Kim tiba: ia disambut Putin.",
    "TEMPO.CO, Jakarta - ",
  ])("finds none in %s", (text) => {
    expect(detectDateline(text)).toBeNull();
  });
});

describe("credit and related lines", () => {
  it.each(["REUTERS", "ANTARA", "AP", "AFP", "Reuters", "ANTARA/AFP", "(REUTERS)", "(asp/imk)", "(nvc/ita/dnu)"])("%s is a credit", (line) => {
    expect(isCreditLine(line)).toBe(true);
  });
  it.each(["REUTERS melaporkan kemarin.", "Apa", "APA", "(lihat/tabel)x", "(Jakarta)"])("%s is not a credit", (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
  it.each(["Pilihan Editor: Biden ingin", "Baca juga: Harga BBM", "Baca Juga : Harga BBM", "BACA JUGA: x"])("%s is related", (line) => {
    expect(isRelatedLine(line)).toBe(true);
  });
  it("plain text is not related", () => {
    expect(isRelatedLine("Editor memilih: tidak ada")).toBe(false);
  });
});

describe("markNewsStructure on the sample article", () => {
  const text = fs.readFileSync(new URL("../../prisma/seed/tempo-2023-09-14-kim-putin.id.txt", import.meta.url), "utf8");
  const drafts = markNewsStructure(splitParagraphs(text).map((sourceText) => ({ kind: "body" as const, sourceText })));

  it("finds 14 body paragraphs, one credit and one related line", () => {
    expect(drafts).toHaveLength(16);
    expect(drafts.filter((d) => d.kind === "body")).toHaveLength(14);
    expect(drafts[14]).toMatchObject({ kind: "credit", sourceText: "REUTERS" });
    expect(drafts[15].kind).toBe("related");
  });

  it("splits the dateline off the first paragraph only", () => {
    expect(drafts[0].dateline).toBe("TEMPO.CO, Jakarta - ");
    expect(drafts[0].sourceText.startsWith("Pemimpin Korea Utara")).toBe(true);
    expect(drafts.slice(1).every((d) => !d.dateline)).toBe(true);
  });
});

describe("markNewsStructure on web-page paragraphs", () => {
  const body = (sourceText: string) => ({ kind: "body" as const, sourceText });

  it("finds the dateline after a photo caption and a date, and only once", () => {
    const drafts = markNewsStructure([
      { kind: "title", sourceText: "Judul" },
      body("Kim dan Putin di Vostochny. REUTERS"),
      body("Kamis, 14 September 2023 09:15 WIB"),
      body("TEMPO.CO, Jakarta - Kim tiba."),
      body("KOMPAS.com - Bukan dateline lagi."),
    ]);
    expect(drafts.map((d) => d.dateline ?? null)).toEqual([null, null, null, "TEMPO.CO, Jakarta - ", null]);
  });

  it("looks no further than the first three body paragraphs", () => {
    const drafts = markNewsStructure([body("Satu."), body("Dua."), body("Tiga."), body("TEMPO.CO, Jakarta - Empat.")]);
    expect(drafts.every((d) => !d.dateline)).toBe(true);
  });

  it("leaves paragraphs whose dateline is already known alone", () => {
    const marked = markNewsStructure([body("TEMPO.CO, Jakarta - Kim tiba."), body("KOMPAS.com - Lain.")]);
    expect(markNewsStructure(marked)).toEqual(marked);
  });
});
