import { describe, expect, it } from "vitest";
import type { SourceParagraph } from "@/lib/db/paragraph-translations";
import { articleContext, groupByText, neighbourContext, planParagraph } from "./plan-paragraphs";

let nextId = 1;
const paragraph = (sourceText: string, kind = "body", status = "untranslated"): SourceParagraph => ({ id: nextId++, position: nextId, kind, sourceText, status, version: 1 });

describe("planning paragraphs", () => {
  it("sends untranslated text, copies credit and related lines, skips the rest", () => {
    expect(planParagraph(paragraph("Teks."))).toBe("send");
    expect(planParagraph(paragraph("ANTARA", "credit"))).toBe("verbatim");
    expect(planParagraph(paragraph("Baca juga: x", "related"))).toBe("verbatim");
    expect(planParagraph(paragraph("Teks.", "body", "edited"))).toBe("skip");
    expect(planParagraph(paragraph("  \n "))).toBe("skip");
  });

  it("groups paragraphs whose text differs only in white space", () => {
    const a = paragraph("Sama  saja.");
    const b = paragraph(" Sama saja.");
    const groups = groupByText([a, paragraph("Lain."), b, paragraph("X", "credit")]);
    expect([...groups.keys()]).toEqual(["Sama saja.", "Lain."]);
    expect(groups.get("Sama saja.")).toEqual([a, b]);
  });

  it("gives batches the article's opening and single paragraphs their neighbours, capped", () => {
    const paragraphs = [paragraph("REUTERS", "credit"), paragraph("Paragraf pembuka."), paragraph("Kedua."), paragraph("Ketiga.")];
    expect(articleContext("Judul berita", paragraphs)).toBe("Judul berita\nParagraf pembuka.");
    expect(articleContext("Paragraf pembuka", paragraphs)).toBe("Paragraf pembuka.");
    expect(neighbourContext(paragraphs, paragraphs[2].id)).toBe("Paragraf pembuka.\nKetiga.");
    const long = articleContext("Judul", [paragraph("kata ".repeat(400))])!;
    expect(long.length).toBeLessThanOrEqual(1001);
    expect(long.endsWith("kata…")).toBe(true);
  });
});
