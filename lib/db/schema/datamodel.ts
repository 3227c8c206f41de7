import fs from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { SCHEMA_FILE, type Provider } from "./migrations";

/** The part of Prisma's DMMF that Selaras reads. */
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isId: boolean;
  isList: boolean;
  relationFromFields?: string[];
  default?: unknown;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}

export interface Datamodel {
  models: DmmfModel[];
  enums: unknown[];
  types: unknown[];
  indexes: unknown[];
}

/** The datamodel of a schema as Prisma itself reads it (the engine Prisma 6.19 ships, compiled to WebAssembly). */
export function parseDatamodel(schema: string): Datamodel {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))).datamodel;
}

export function readDatamodel(provider: Provider = "sqlite"): Datamodel {
  return parseDatamodel(fs.readFileSync(SCHEMA_FILE[provider], "utf8"));
}
