import { describe, expect, it } from "vitest";
import { englishNumbers } from "./english-numbers";

const values = (text: string) => englishNumbers(text).map((m) => [m.kind, m.value]);

describe("englishNumbers", () => {
  it.each([
    ["Inflation was 1.5 percent.", [["percent", 1.5]]],
    ["Inflation was 1.5 per cent.", [["percent", 1.5]]],
    ["Some 2,000 residents fled.", [["number", 2000]]],
    ["A budget of Rp1.5 trillion.", [["number", 1.5e12]]],
    ["A budget of IDR1.5tn and $3bn.", [["number", 1.5e12], ["number", 3e9]]],
    ["It cost Rp15,000 a litre, up 12%.", [["number", 15000], ["percent", 12]]],
    ["An Indonesian decimal like 1,5 stays split.", [["number", 1], ["number", 5]]],
    ["Two people died and one million fled.", [["number", 2], ["number", 1e6]]],
    ["Twenty-five years, a million thanks, two hundred fifty days.", [["number", 25], ["number", 1e6], ["number", 250]]],
    ["Ten percent, three billion.", [["percent", 10], ["number", 3e9]]],
    ["He came first on September 14, 2023.", [["number", 1], ["number", 14], ["number", 2023]]],
    ["Only one of them stayed, a day later.", []],
    ["One hundred and a hundred.", [["number", 100], ["number", 100]]],
  ])("reads %s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it("reads clock times in 12- and 24-hour forms", () => {
    expect(values("The meeting began at 2:30 p.m. and ended at 9 pm.")).toEqual([["time", 870], ["time", 1260]]);
    expect(values("At 14:30 local time; at 12 a.m.")).toEqual([["time", 870], ["time", 0]]);
  });
});
