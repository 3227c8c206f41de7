import { describe, expect, it } from "vitest";
import { postEditDistance } from "./post-edit-distance";

describe("postEditDistance", () => {
  it("is zero for untouched machine output", () => {
    expect(postEditDistance("Kim arrived in Russia.", "Kim arrived in Russia.")).toBe(0);
  });

  it("counts character edits against the machine text's length", () => {
    // One substitution over 12 characters.
    expect(postEditDistance("Kim arrived.", "Kim arrives.")).toBe(8.3);
  });

  it("caps a full rewrite at 100", () => {
    expect(postEditDistance("Yes.", "The delegation declined to comment on the matter.")).toBe(100);
  });

  it("is null without machine output or without English", () => {
    expect(postEditDistance(null, "Kim arrived.")).toBeNull();
    expect(postEditDistance("", "Kim arrived.")).toBeNull();
    expect(postEditDistance("Kim arrived.", null)).toBeNull();
  });

  it("handles 2,000-character paragraphs quickly", () => {
    const machine = "The minister said the budget would rise. ".repeat(50);
    const edited = machine.replaceAll("rise", "grow").slice(0, 1990);
    const result = postEditDistance(machine, edited);
    // CPU time, not wall time, so a busy machine does not fail the test. A plain O(n·m) table
    // needs ~18 ms of CPU per pair here; the bit-parallel library ~2 ms.
    const started = process.cpuUsage();
    for (let i = 0; i < 10; i++) postEditDistance(machine, edited);
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(80);
    expect(result).toBeGreaterThan(5);
    expect(result).toBeLessThan(15);
  });
});
