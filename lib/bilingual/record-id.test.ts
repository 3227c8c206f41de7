import { describe, expect, it } from "vitest";
import { parseRecordId } from "./record-id";

describe("parseRecordId", () => {
  it("reads plain positive ids", () => {
    expect(parseRecordId("1")).toBe(1);
    expect(parseRecordId("2147483647")).toBe(2147483647);
  });
  it.each(["0", "-1", "1.0", "01", "1e3", "abc", "", "2147483648", "99999999999"])("refuses %j", (raw) => {
    expect(parseRecordId(raw)).toBeNull();
  });
});
