import { describe, expect, it } from "vitest";
import { isPostgresUrl, postgresConfig, sameDatabase, sqliteUrl } from "./database-url";

describe("database URLs", () => {
  it("selects PostgreSQL by scheme only", () => {
    expect(isPostgresUrl("postgres://h/db")).toBe(true);
    expect(isPostgresUrl(" PostgreSQL://h/db")).toBe(true);
    expect(isPostgresUrl("file:./data/selaras.db")).toBe(false);
    expect(isPostgresUrl(undefined)).toBe(false);
  });

  it("resolves SQLite files against the working directory", () => {
    expect(sqliteUrl(undefined, "/srv/app")).toBe("file:/srv/app/data/selaras.db");
    expect(sqliteUrl("file:x.db", "/srv/app")).toBe("file:/srv/app/x.db");
  });

  it("splits a PostgreSQL URL into discrete fields, leaving absent ones to pg's defaults", () => {
    expect(postgresConfig("postgresql://app:p%40ss@db.internal:6432/selaras")).toEqual({ user: "app", password: "p@ss", host: "db.internal", port: 6432, database: "selaras" });
    expect(postgresConfig("postgresql://127.0.0.1/selaras")).toEqual({ host: "127.0.0.1", database: "selaras" });
  });

  it("recognises the same database behind different spellings", () => {
    expect(sameDatabase("file:./data/a.db", `file:${process.cwd()}/data/a.db`)).toBe(true);
    expect(sameDatabase("postgresql://u@h:5432/db", "postgres://other@h/db")).toBe(true);
    expect(sameDatabase("postgresql://h/db", "postgresql://h/db2")).toBe(false);
    expect(sameDatabase("file:db", "postgresql://h/db")).toBe(false);
  });
});
