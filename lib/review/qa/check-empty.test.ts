import { describe, expect, it } from "vitest";
import { checkEmpty } from "./check-empty";
import { checkIdentical } from "./check-identical";

describe("checkEmpty", () => {
  it("reports missing or blank English", () => {
    expect(checkEmpty({ sourceText: "Kim tiba.", targetText: null })).toEqual([{ code: "targetEmpty", params: {} }]);
    expect(checkEmpty({ sourceText: "Kim tiba.", targetText: " \n" })).toEqual([{ code: "targetEmpty", params: {} }]);
    expect(checkEmpty({ sourceText: "Kim tiba.", targetText: "Kim arrived." })).toEqual([]);
  });
});

describe("checkIdentical", () => {
  it("reports English that repeats the Indonesian", () => {
    expect(checkIdentical({ sourceText: "Kim tiba di Rusia pagi ini.", targetText: "Kim  tiba di Rusia pagi ini." })).toEqual([{ code: "targetIdentical", params: {} }]);
  });

  it("lets short names and credits stay the same", () => {
    expect(checkIdentical({ sourceText: "Joko Widodo", targetText: "Joko Widodo" })).toEqual([]);
    expect(checkIdentical({ sourceText: "Kim tiba di Rusia.", targetText: "Kim arrived in Russia." })).toEqual([]);
  });
});
