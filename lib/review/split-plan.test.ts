import { describe, expect, it } from "vitest";
import { planMerge } from "./merge-plan";
import { planSplit, type ParagraphTexts } from "./split-plan";

const paragraph: ParagraphTexts = {
  sourceText: "Kim tiba di Rusia. Ia bertemu Putin. Mereka membahas senjata.",
  targetText: "Kim arrived in Russia. He met Putin. They discussed weapons.",
  machineText: "Kim arrived in Russia. He met Putin. They discussed weapons.",
};

describe("planSplit", () => {
  it("cuts the English between the same sentences when the cursor sits between sentences", () => {
    const plan = planSplit(paragraph, { side: "source", offset: paragraph.sourceText.indexOf("Ia") });
    expect(plan.first).toEqual({ sourceText: "Kim tiba di Rusia.", targetText: "Kim arrived in Russia.", machineText: "Kim arrived in Russia." });
    expect(plan.second.sourceText).toBe("Ia bertemu Putin. Mereka membahas senjata.");
    expect(plan.second.targetText).toBe("He met Putin. They discussed weapons.");
  });

  it("works from a cursor in the English too", () => {
    const plan = planSplit(paragraph, { side: "target", offset: paragraph.targetText!.indexOf("They") - 1 });
    expect(plan.first.sourceText).toBe("Kim tiba di Rusia. Ia bertemu Putin.");
    expect(plan.second.targetText).toBe("They discussed weapons.");
  });

  it("picks the nearest English sentence boundary when sentence counts differ", () => {
    const plan = planSplit(
      { sourceText: "Kim tiba di Rusia dan bertemu Putin. Mereka membahas senjata dan satelit.", targetText: "Kim arrived in Russia. He met Putin. They discussed weapons and satellites.", machineText: null },
      { side: "source", offset: 37 },
    );
    expect(plan.first.targetText).toBe("Kim arrived in Russia. He met Putin.");
    expect(plan.second.targetText).toBe("They discussed weapons and satellites.");
  });

  it("cuts a single English sentence at the word nearest the same proportion", () => {
    const plan = planSplit({ sourceText: "Satu dua tiga empat", targetText: "One two three four", machineText: null }, { side: "source", offset: 9 });
    expect(plan.first).toEqual({ sourceText: "Satu dua", targetText: "One two", machineText: null });
    expect(plan.second).toEqual({ sourceText: "tiga empat", targetText: "three four", machineText: null });
  });

  it("keeps machine output apart from edited English", () => {
    const plan = planSplit({ ...paragraph, targetText: "Kim reached Russia. He met Putin. They talked arms." }, { side: "source", offset: 19 });
    expect(plan.first.targetText).toBe("Kim reached Russia.");
    expect(plan.first.machineText).toBe("Kim arrived in Russia.");
  });

  it("leaves missing English missing", () => {
    const plan = planSplit({ ...paragraph, targetText: null, machineText: null }, { side: "source", offset: 19 });
    expect(plan.first.targetText).toBeNull();
    expect(plan.second.targetText).toBeNull();
  });

  it.each([0, 3, 12, 14, -1, 99])("refuses a cut that leaves a half empty (offset %i in a padded sentence)", (offset) => {
    expect(() => planSplit({ ...paragraph, sourceText: "   Kim tiba.  " }, { side: "source", offset })).toThrowError("splitAtEdge");
  });
});

describe("planMerge", () => {
  it("undoes a split", () => {
    const plan = planSplit(paragraph, { side: "source", offset: 19 });
    expect(planMerge(plan.first, plan.second)).toEqual(paragraph);
  });

  it("keeps one-sided English and drops half machine output", () => {
    expect(planMerge({ sourceText: "A.", targetText: null, machineText: null }, { sourceText: "B.", targetText: "B.", machineText: "B." })).toEqual({
      sourceText: "A. B.",
      targetText: "B.",
      machineText: null,
    });
  });
});
