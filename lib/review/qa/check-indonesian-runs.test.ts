import { describe, expect, it } from "vitest";
import { checkIndonesianRuns } from "./check-indonesian-runs";

const check = (targetText: string) => checkIndonesianRuns({ sourceText: "", targetText });

describe("checkIndonesianRuns", () => {
  it("finds an untranslated clause", () => {
    expect(check("The summit, yang akan digelar di Vladivostok pada bulan ini, was confirmed.")).toEqual([
      { code: "indonesianRun", params: { text: "yang akan digelar di Vladivostok pada bulan ini" } },
    ]);
  });

  it("reports separate runs separately", () => {
    expect(check("Kami tidak tahu dan itu benar. Then English follows for a good while here. Ini sudah ada di sana.")).toHaveLength(2);
  });

  it("spares English text, names and loan words", () => {
    expect(check("Dan and Ada met in Di Maria's café to discuss the satay.")).toEqual([]);
    expect(check("Kim arrived in Russia on Tuesday morning.")).toEqual([]);
  });

  it("needs a dense cluster, not scattered words", () => {
    expect(check("He said yang is a word, and much later the word di appears, and far later pada.")).toEqual([]);
  });
});
