import { describe, expect, it } from "vitest";
import { checkParagraph } from "./check-paragraph";

describe("checkParagraph", () => {
  it("passes a faithful translation", () => {
    expect(
      checkParagraph(
        { sourceText: "“Kami siap,” kata Kim kepada DPR, Selasa, 12 September 2023. Anggaran Rp 1,5 triliun.", targetText: "“We are ready,” Kim told the House on Tuesday, September 12, 2023. The budget is Rp1.5 trillion." },
        [{ source: "DPR", target: "House" }],
      ),
    ).toEqual([]);
  });

  it("collects warnings from several rules", () => {
    const warnings = checkParagraph(
      { sourceText: "Kim (63) membawa 2.000 tentara ke DPR.", targetText: "Kim (63 brought 200 soldiers." },
      [{ source: "DPR", target: "House" }],
    );
    expect(warnings.map((w) => w.code)).toEqual(["numberChanged", "glossaryMissing", "unbalancedBrackets"]);
  });

  it("stops at empty or untranslated English", () => {
    expect(checkParagraph({ sourceText: "Kim (63) tiba.", targetText: "" })).toEqual([{ code: "targetEmpty", params: {} }]);
    expect(checkParagraph({ sourceText: "Kim tiba di Rusia hari ini.", targetText: "Kim tiba di Rusia hari ini." })).toEqual([{ code: "targetIdentical", params: {} }]);
  });
});
