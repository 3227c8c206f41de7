import { describe, expect, it } from "vitest";
import { newMigrationFolder, planMigrations, type MigrationState } from "./plan-migrations";

const now = new Date("2026-12-01T10:20:30Z");
const init = "20261129000000_init";
const inStep = (pending: MigrationState["pending"] = { sqlite: "", postgresql: "" }): MigrationState => ({
  names: { sqlite: [init], postgresql: [init] },
  pending,
});

describe("newMigrationFolder", () => {
  it("names the folder with the UTC time and a snake_case name", () => {
    expect(newMigrationFolder([init], "Add glossary-note", now)).toBe("20261201102030_add_glossary_note");
  });

  it("stays after the latest migration when the clock is behind", () => {
    expect(newMigrationFolder([init, "20270101000059_later"], "x", now)).toBe("20270101000100_x");
  });

  it("refuses an empty name", () => {
    expect(() => newMigrationFolder([init], " -- ", now)).toThrow(/Name the migration/);
  });
});

describe("planMigrations", () => {
  it("writes nothing when schemas and migrations are in step", () => {
    expect(planMigrations(inStep(), "anything", now)).toEqual([]);
  });

  it("writes one migration with the same folder name on both providers", () => {
    const writes = planMigrations(inStep({ sqlite: "ALTER TABLE a;\n", postgresql: "ALTER TABLE b;\n" }), "add_note", now);
    expect(writes).toEqual([
      { provider: "sqlite", folder: "20261201102030_add_note", sql: "ALTER TABLE a;\n" },
      { provider: "postgresql", folder: "20261201102030_add_note", sql: "ALTER TABLE b;\n" },
    ]);
  });

  it("keeps the folders paired with a placeholder where one provider needs no SQL", () => {
    const writes = planMigrations(inStep({ sqlite: "ALTER TABLE a;\n", postgresql: "" }), "x", now);
    expect(writes[1].sql).toMatch(/^-- Nothing to do on PostgreSQL/);
  });

  it("asks for a name when the schema changed", () => {
    expect(() => planMigrations(inStep({ sqlite: "ALTER TABLE a;\n", postgresql: "ALTER TABLE b;\n" }), undefined, now)).toThrow(/name the migration/);
  });

  it("gives PostgreSQL the counterparts of SQLite migrations added the old way", () => {
    const state: MigrationState = {
      names: { sqlite: [init, "20261130000000_a", "20261130000001_b"], postgresql: [init] },
      pending: { sqlite: "", postgresql: "ALTER TABLE ab;\n" },
    };
    expect(planMigrations(state, undefined, now)).toEqual([
      { provider: "postgresql", folder: "20261130000000_a", sql: "-- Nothing to do on PostgreSQL: applied by 20261130000001_b.\n" },
      { provider: "postgresql", folder: "20261130000001_b", sql: "ALTER TABLE ab;\n" },
    ]);
  });

  it("refuses to mix a catch-up with a new change, or two folders that both lack migrations", () => {
    const lagging: MigrationState = { names: { sqlite: [init, "20261130000000_a"], postgresql: [init] }, pending: { sqlite: "ALTER;\n", postgresql: "ALTER;\n" } };
    expect(() => planMigrations(lagging, "x", now)).toThrow(/set those changes aside/);
    const crossed: MigrationState = { names: { sqlite: [init, "20261130000000_a"], postgresql: [init, "20261130000000_b"] }, pending: inStep().pending };
    expect(() => planMigrations(crossed, "x", now)).toThrow(/pair them by hand/);
  });
});
