import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

function rebuild(parts: ReturnType<typeof wordDiff>, skip: "added" | "removed"): string {
  return parts.filter((part) => part.kind !== skip).map((part) => part.text).join("");
}

describe("wordDiff", () => {
  it("marks replaced words", () => {
    expect(wordDiff("Putin got the invitation.", "Putin accepted the invitation.")).toEqual([
      { kind: "same", text: "Putin " },
      { kind: "removed", text: "got" },
      { kind: "added", text: "accepted" },
      { kind: "same", text: " the invitation." },
    ]);
  });

  it("rebuilds both texts from its parts", () => {
    const before = "Kim tiba di Rusia pada Selasa pagi.";
    const after = "Kim arrived in Russia on Tuesday morning, officials said.";
    const parts = wordDiff(before, after);
    expect(rebuild(parts, "added")).toBe(before);
    expect(rebuild(parts, "removed")).toBe(after);
  });

  it("returns a single same part for identical texts", () => {
    expect(wordDiff("Same text.", "Same text.")).toEqual([{ kind: "same", text: "Same text." }]);
  });
});
