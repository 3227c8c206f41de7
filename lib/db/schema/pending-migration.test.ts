import { describe, expect, it } from "vitest";
import { isEmptyMigration, withoutHandMadeIndexes } from "./pending-migration";

describe("withoutHandMadeIndexes", () => {
  it("leaves out the drops of trigram indexes and keeps every other step", () => {
    const diff = [
      '-- DropIndex\nDROP INDEX "Paragraph_sourceText_trgm_idx";',
      '-- DropIndex\nDROP INDEX "Paragraph_documentId_status_idx";',
      '-- AlterTable\nALTER TABLE "Document" ADD COLUMN "note" TEXT;',
      "",
    ].join("\n\n");
    const kept = withoutHandMadeIndexes(diff);
    expect(kept).not.toContain("trgm");
    expect(kept).toContain('DROP INDEX "Paragraph_documentId_status_idx";');
    expect(kept).toContain('ADD COLUMN "note"');
  });

  it("turns a diff of trigram drops alone into an empty migration", () => {
    expect(isEmptyMigration(withoutHandMadeIndexes('-- DropIndex\nDROP INDEX "Document_title_trgm_idx";\n\n'))).toBe(true);
  });
});
