import { describe, expect, it } from "vitest";
import { checkNumbers } from "./check-numbers";

const check = (sourceText: string, targetText: string) => checkNumbers({ sourceText, targetText });

describe("checkNumbers", () => {
  it.each([
    ["Anggaran Rp 1,5 triliun.", "A budget of Rp1.5 trillion."],
    ["Sebanyak 2.000 warga mengungsi.", "Some 2,000 residents fled."],
    ["Inflasi 3,5 persen pada 2023.", "Inflation was 3.5% in 2023."],
    ["Dana Rp 10 ribu.", "Funds of Rp10,000."],
    ["Harga Rp 15.000,00 per liter.", "Rp15,000 per litre."],
    ["Utang 1.500.000 dolar.", "A debt of $1.5 million."],
    ["Dua orang, 3 mobil.", "Two people, three cars."],
    ["Pada 14 September 2023.", "On September 14, 2023."],
    ["Tanggal 14/9/2023.", "Dated 9/14/2023."],
    ["Rapat pukul 14.30 WIB.", "The meeting at 2:30 p.m. Jakarta time."],
    ["Tiba pukul 9 malam.", "Arrived at 9 p.m."],
    ["Sekitar 1 juta orang.", "About one million people."],
    ["Ia tiba di Moskow.", ""],
  ])("accepts %s → %s", (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it("reports a number missing from the English", () => {
    expect(check("Sebanyak 2.000 warga dari 15 desa mengungsi.", "Some 2,000 residents fled.")).toEqual([{ code: "numberMissing", params: { number: "15" } }]);
  });

  it("reports a changed value, with both texts", () => {
    expect(check("Anggaran Rp 1,5 triliun.", "A budget of Rp1.5 billion.")).toEqual([
      { code: "numberChanged", params: { source: "1,5 triliun", target: "1.5 billion" } },
    ]);
  });

  it("catches Indonesian formats copied into the English", () => {
    expect(check("Sebanyak 2.000 warga.", "Some 2.000 residents.")).toEqual([{ code: "numberChanged", params: { source: "2.000", target: "2.000" } }]);
    expect(check("Naik 1,5 persen.", "Up 1,5 percent.")).toEqual([{ code: "numberChanged", params: { source: "1,5 persen", target: "5 percent" } }]);
  });

  it("tells a percentage from a plain number", () => {
    expect(check("Naik 15 persen.", "Up 15 points.")).toEqual([{ code: "numberMissing", params: { number: "15 persen" } }]);
  });

  it("reports a changed clock time", () => {
    expect(check("Rapat pukul 14.30 WIB.", "The meeting at 4:30 p.m.")).toEqual([{ code: "numberChanged", params: { source: "pukul 14.30", target: "4:30 p.m." } }]);
  });

  it("never blames a spelled-out English number for a change", () => {
    expect(check("Ada 5 korban.", "There were three victims.")).toEqual([{ code: "numberMissing", params: { number: "5" } }]);
  });
});
