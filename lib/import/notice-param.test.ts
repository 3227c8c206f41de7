import { describe, expect, it } from "vitest";
import { decodeNoticeParam, encodeNoticeParam } from "./notice-param";
import type { ImportNotice } from "./parsed-source";

describe("notice parameter", () => {
  it("round-trips every notice, with and without a count", () => {
    const notices: ImportNotice[] = [{ code: "decodedAsWindows1252" }, { code: "imagesIgnored", count: 2 }, { code: "commentsIgnored", count: 1 }, { code: "codeBlocksDropped", count: 12 }];
    const value = encodeNoticeParam(notices);
    expect(value).toBe("decodedAsWindows1252,imagesIgnored.2,commentsIgnored.1,codeBlocksDropped.12");
    expect(decodeNoticeParam(value)).toEqual(notices);
  });

  it("is empty for no notices, and reads nothing from a missing parameter", () => {
    expect(encodeNoticeParam([])).toBe("");
    expect(decodeNoticeParam(null)).toEqual([]);
    expect(decodeNoticeParam("")).toEqual([]);
  });

  it.each([
    ["an unknown code", "hacked", []],
    ["a key of another namespace", "errors:unexpected", []],
    ["a count that is not a positive integer", "imagesIgnored.0,commentsIgnored.-1,codeBlocksDropped.1e3", []],
    ["an absurd count", "imagesIgnored.99999999", []],
    ["a repeated code", "imagesIgnored.1,imagesIgnored.5", [{ code: "imagesIgnored", count: 1 }]],
    ["extra parts", "imagesIgnored.1.2,decodedAsWindows1252", [{ code: "decodedAsWindows1252" }]],
  ])("ignores %s", (_, value, expected) => {
    expect(decodeNoticeParam(value)).toEqual(expected);
  });
});
