import { describe, expect, it } from "vitest";
import { renderPostgresSchema } from "./postgres-schema";

const SQLITE = `generator client {
  provider   = "prisma-client"
  output     = "../lib/db/generated"
  engineType = "client"
}

datasource db {
  provider = "sqlite"
  url      = "file:../data/selaras.db"
}

model Note {
  id   Int    @id @default(autoincrement())
  text String // output = "../lib/db/generated" in a comment is left alone
}
`;

describe("renderPostgresSchema", () => {
  it("swaps the datasource and the client folder, and nothing else", () => {
    const rendered = renderPostgresSchema(SQLITE);
    expect(rendered).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
    expect(rendered).toContain('provider = "postgresql"');
    expect(rendered).toContain('output     = "../../lib/db/generated-pg"');
    expect(rendered).not.toContain("sqlite");
    expect(rendered.slice(rendered.indexOf("model Note"))).toBe(SQLITE.slice(SQLITE.indexOf("model Note")));
  });

  it("refuses a schema whose datasource or client folder it does not recognise", () => {
    expect(() => renderPostgresSchema(SQLITE.replace('"../lib/db/generated"', '"./client"'))).toThrow(/generator output/);
    expect(() => renderPostgresSchema(`${SQLITE}\ndatasource other {\n  provider = "sqlite"\n}\n`)).toThrow(/found 2/);
  });
});
