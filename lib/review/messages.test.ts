import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n/instance";
import { resources } from "@/lib/i18n/resources";
import { QA_CODES } from "./qa/qa-warning";

const ERROR_CODES = ["paragraphNotFound", "revisionNotFound", "versionConflict", "emptySource", "reviewWithoutText", "splitAtEdge", "noNextParagraph"];

describe("review messages", () => {
  it.each(["en", "id"] as const)("has a %s message for every quality warning and error code", (lng) => {
    for (const code of QA_CODES) expect(resources[lng].review.qa).toHaveProperty(code);
    for (const code of ERROR_CODES) expect(resources[lng].errors).toHaveProperty(code);
  });

  it("fills warning placeholders", () => {
    const t = i18nFor("id").getFixedT("id", "review");
    expect(t("qa.numberChanged", { source: "1,5 triliun", target: "1.5 billion" })).toBe("1,5 triliun dalam teks Indonesia menjadi 1.5 billion di teks Inggris.");
    expect(i18nFor("en").getFixedT("en", "review")("qa.confirmReview", { count: 2 })).toContain("2 open warnings");
  });
});
