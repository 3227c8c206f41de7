import { describe, expect, it } from "vitest";
import { TableChecksum } from "./table-checksum";

const sum = (rows: Record<string, unknown>[], fields = ["id", "text", "at"]) => {
  const checksum = new TableChecksum(fields);
  checksum.add(rows);
  return checksum.digest();
};

describe("TableChecksum", () => {
  const at = new Date("2026-11-29T10:00:00.123Z");

  it("is stable and counts rows", () => {
    const checksum = new TableChecksum(["id"]);
    checksum.add([{ id: 1 }]);
    checksum.add([{ id: 2 }]);
    expect(checksum.rows).toBe(2);
    expect(checksum.digest()).toBe(checksum.digest());
    expect(checksum.digest()).toBe(sum([{ id: 1 }, { id: 2 }], ["id"]));
  });

  it("sees a changed value, a changed order, a missing row and null versus empty text", () => {
    const base = sum([{ id: 1, text: "a", at }, { id: 2, text: "", at }]);
    expect(sum([{ id: 1, text: "b", at }, { id: 2, text: "", at }])).not.toBe(base);
    expect(sum([{ id: 2, text: "", at }, { id: 1, text: "a", at }])).not.toBe(base);
    expect(sum([{ id: 1, text: "a", at }])).not.toBe(base);
    expect(sum([{ id: 1, text: "a", at }, { id: 2, text: null, at }])).not.toBe(base);
    expect(sum([{ id: 1, text: "a", at: new Date(at.getTime() + 1) }, { id: 2, text: "", at }])).not.toBe(base);
  });

  it("spells a value the same whichever driver returned it", () => {
    expect(sum([{ id: 1n, text: "a", at }])).toBe(sum([{ id: "1", text: "a", at: "2026-11-29T10:00:00.123Z" }]));
    expect(sum([{ id: 1, text: undefined, at }])).toBe(sum([{ id: 1, text: null, at }]));
  });
});
