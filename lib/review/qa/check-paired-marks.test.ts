import { describe, expect, it } from "vitest";
import { checkPairedMarks } from "./check-paired-marks";

const check = (sourceText: string, targetText: string) => checkPairedMarks({ sourceText, targetText });

describe("checkPairedMarks", () => {
  it("accepts balanced marks, whatever the quote style", () => {
    expect(check('"Kami siap," kata Kim (63).', "“We are ready,” said Kim (63).")).toEqual([]);
  });

  it("reports an unclosed quote", () => {
    expect(check('"Kami siap," kata Kim.', "“We are ready, said Kim.")).toEqual([{ code: "unbalancedQuotes", params: {} }]);
  });

  it("accepts a quote left open in both, as in a quote running over several paragraphs", () => {
    expect(check('"Kami siap berunding.', "“We are ready to talk.")).toEqual([]);
  });

  it("reports missing and misordered brackets", () => {
    expect(check("Kim (63) tiba.", "Kim (63 arrived.")).toEqual([{ code: "unbalancedBrackets", params: { open: "(", close: ")" } }]);
    expect(check("Kim [63] tiba.", "Kim ]63[ arrived.")).toEqual([{ code: "unbalancedBrackets", params: { open: "[", close: "]" } }]);
  });

  it("does not treat apostrophes as quotes", () => {
    expect(check("Itu milik Kim.", "It’s Kim's.")).toEqual([]);
  });
});
