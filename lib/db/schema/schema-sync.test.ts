import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDatamodel } from "./datamodel";
import { migrationNames, SCHEMA_FILE } from "./migrations";
import { pendingMigrationSql } from "./pending-migration";
import { renderPostgresSchema } from "./postgres-schema";

// Every failure here is fixed by `npm run db:change -- <name>` (see README, "Changing the models").
const sqliteSchema = fs.readFileSync(SCHEMA_FILE.sqlite, "utf8");
const postgresSchema = fs.readFileSync(SCHEMA_FILE.postgresql, "utf8");

describe("the SQLite and PostgreSQL schemas and migrations stay in step", () => {
  it("prisma/postgres/schema.prisma is rendered from prisma/schema.prisma", () => {
    expect(postgresSchema).toBe(renderPostgresSchema(sqliteSchema));
  });

  it("both schemas have the same models, fields, attributes and indexes", () => {
    expect(parseDatamodel(postgresSchema)).toEqual(parseDatamodel(sqliteSchema));
  });

  it("both migration folders hold the same migrations", () => {
    expect(migrationNames("postgresql")).toEqual(migrationNames("sqlite"));
  });

  // Each run checks the provider it tests: PostgreSQL's diff needs a server for its shadow database.
  const provider = process.env.TEST_DATABASE === "postgres" ? "postgresql" : "sqlite";
  it(`the ${provider} migrations produce the schema`, async () => {
    expect(await pendingMigrationSql(provider)).toBe("");
  });
});
