import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  needsReview,
  staleAfterSourceCorrection,
  staleAfterTargetSave,
  statusAfterMarkReviewed,
  statusAfterMerge,
  statusAfterRestore,
  statusAfterSplit,
  statusAfterTargetSave,
} from "./status-rules";

describe("statusAfterTargetSave", () => {
  it("turns a changed machine translation into an edit", () => {
    expect(statusAfterTargetSave({ current: "machine", currentText: "Kim arrived.", text: "Kim has arrived." })).toBe("edited");
  });

  it("makes an edited reviewed paragraph edited again", () => {
    expect(statusAfterTargetSave({ current: "reviewed", currentText: "Kim arrived.", text: "Kim came." })).toBe("edited");
  });

  it("keeps the status when the text did not change", () => {
    expect(statusAfterTargetSave({ current: "reviewed", currentText: "Kim arrived.", text: "Kim arrived." })).toBe("reviewed");
    expect(statusAfterTargetSave({ current: "machine", currentText: "Kim arrived.", text: "Kim arrived." })).toBe("machine");
  });

  it("gives a first human translation the edited status", () => {
    expect(statusAfterTargetSave({ current: "untranslated", currentText: null, text: "Kim arrived." })).toBe("edited");
  });

  it("honours an explicit request", () => {
    expect(statusAfterTargetSave({ current: "machine", currentText: "a", text: "b", requested: "reviewed" })).toBe("reviewed");
    expect(statusAfterTargetSave({ current: "reviewed", currentText: "a", text: "a", requested: "edited" })).toBe("edited");
  });

  it("treats cleared English as untranslated and refuses to review it", () => {
    expect(statusAfterTargetSave({ current: "edited", currentText: "a", text: "  " })).toBe("untranslated");
    expect(() => statusAfterTargetSave({ current: "edited", currentText: "a", text: "", requested: "reviewed" })).toThrow(AppError);
  });
});

describe("review and source rules", () => {
  it("marks reviewed only when there is English", () => {
    expect(statusAfterMarkReviewed("Kim arrived.")).toBe("reviewed");
    expect(() => statusAfterMarkReviewed(null)).toThrowError("reviewWithoutText");
  });

  it("flags the English as stale after a source correction, until a review", () => {
    expect(staleAfterSourceCorrection("Kim arrived.")).toBe(true);
    expect(staleAfterSourceCorrection(null)).toBe(false);
    expect(staleAfterTargetSave(true, "edited")).toBe(true);
    expect(staleAfterTargetSave(true, "reviewed")).toBe(false);
  });

  it("lists unapproved and stale paragraphs as needing review", () => {
    expect(needsReview({ status: "machine", sourceStale: false })).toBe(true);
    expect(needsReview({ status: "edited", sourceStale: false })).toBe(true);
    expect(needsReview({ status: "reviewed", sourceStale: false })).toBe(false);
    expect(needsReview({ status: "reviewed", sourceStale: true })).toBe(true);
    expect(needsReview({ status: "untranslated", sourceStale: false })).toBe(false);
  });
});

describe("structural rules", () => {
  it("withdraws approval from split halves", () => {
    expect(statusAfterSplit("reviewed", "Half.")).toBe("edited");
    expect(statusAfterSplit("machine", "Half.")).toBe("machine");
    expect(statusAfterSplit("machine", null)).toBe("untranslated");
  });

  it("gives a merge the less advanced status", () => {
    expect(statusAfterMerge("reviewed", "machine")).toBe("machine");
    expect(statusAfterMerge("untranslated", "reviewed")).toBe("untranslated");
    expect(statusAfterMerge("edited", "reviewed")).toBe("edited");
  });

  it("restores machine output as machine, anything else as an edit", () => {
    expect(statusAfterRestore("Kim arrived.", "Kim arrived.")).toBe("machine");
    expect(statusAfterRestore("Kim came.", "Kim arrived.")).toBe("edited");
    expect(statusAfterRestore("", "Kim arrived.")).toBe("untranslated");
  });
});
