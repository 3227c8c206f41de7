import { describe, expect, it } from "vitest";
import { parseDatamodel, readDatamodel } from "../schema/datamodel";
import { copyPlan } from "./copy-plan";

const datasource = 'datasource db {\n  provider = "sqlite"\n  url = "file:x.db"\n}\n';

describe("copyPlan", () => {
  it("covers every model of the schema, parents before children", () => {
    const plan = copyPlan(readDatamodel());
    const order = plan.map((t) => t.model);
    expect([...order].sort()).toEqual(readDatamodel().models.map((m) => m.name).sort());
    expect(order.indexOf("Document")).toBeLessThan(order.indexOf("Paragraph"));
    expect(order.indexOf("Paragraph")).toBeLessThan(order.indexOf("Revision"));
    expect(order.indexOf("Document")).toBeLessThan(order.indexOf("TranslationJob"));
  });

  it("knows each table's key, columns and sequence", () => {
    const plan = copyPlan(readDatamodel());
    const paragraph = plan.find((t) => t.model === "Paragraph")!;
    expect(paragraph).toMatchObject({ delegate: "paragraph", table: "Paragraph", orderBy: ["id"], serialColumn: "id" });
    expect(paragraph.columns.map((c) => c.field)).toContain("sourceText");
    expect(paragraph.columns.map((c) => c.field)).not.toContain("document");
    expect(plan.find((t) => t.model === "Setting")).toMatchObject({ orderBy: ["key"], serialColumn: null });
  });

  it("follows @@map, @map and compound keys", () => {
    const schema = `${datasource}
model Tag {
  name String @id @map("tag_name")
  hits  Hit[]
  @@map("tags")
}
model Hit {
  tagName String
  day     Int
  tag     Tag @relation(fields: [tagName], references: [name])
  @@id([tagName, day])
}`;
    expect(copyPlan(parseDatamodel(schema))).toEqual([
      { model: "Tag", delegate: "tag", table: "tags", columns: [{ field: "name", column: "tag_name" }], orderBy: ["name"], serialColumn: null },
      {
        model: "Hit",
        delegate: "hit",
        table: "Hit",
        columns: [
          { field: "tagName", column: "tagName" },
          { field: "day", column: "day" },
        ],
        orderBy: ["tagName", "day"],
        serialColumn: null,
      },
    ]);
  });
});
