import { describe, expect, it } from "vitest";
import { indonesianNumbers } from "./indonesian-numbers";

const values = (text: string) => indonesianNumbers(text).map((m) => [m.kind, m.value]);

describe("indonesianNumbers", () => {
  it.each([
    ["Inflasi 1,5 persen.", [["percent", 1.5]]],
    ["Sebanyak 2.000 warga mengungsi.", [["number", 2000]]],
    ["Nilainya Rp 1.234.567,89.", [["number", 1234567.89]]],
    ["Anggaran Rp 1,5 triliun.", [["number", 1.5e12]]],
    ["Harga Rp15.000 per liter.", [["number", 15000]]],
    ["Dana 2,5 juta dolar dan 300 ribu euro.", [["number", 2.5e6], ["number", 3e5]]],
    ["Laba Rp 4,2 miliar, naik 12%.", [["number", 4.2e9], ["percent", 12]]],
    ["Utang Rp 5 M dan Rp 2 T.", [["number", 5e9], ["number", 2e12]]],
    ["Jaraknya 5 m saja.", [["number", 5]]],
    ["Pada 14 September 2023 ia tiba.", [["number", 14], ["number", 2023]]],
    ["Versi 2.5 dirilis.", [["number", 2.5]]],
  ])("reads %s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it("reads clock times as minutes, not as decimals", () => {
    expect(values("Rapat dimulai pukul 14.30 WIB.")).toEqual([["time", 870]]);
    expect(values("Ia tiba 09.15 WIB dan pergi pukul 8 malam.")).toEqual([["time", 555], ["time", 1200]]);
    expect(indonesianNumbers("pukul 9")[0]).toMatchObject({ kind: "time", value: 540, twelveHour: true });
  });

  it("keeps the text as written for messages", () => {
    expect(indonesianNumbers("Anggaran Rp 1,5 triliun.").map((m) => m.raw)).toEqual(["1,5 triliun"]);
  });
});
