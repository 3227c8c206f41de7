import { describe, expect, it } from "vitest";
import { resources } from "./resources";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/** Plural suffixes differ between languages (Indonesian has only "other"); compare base keys. */
function baseKeys(value: unknown): string[] {
  return [...new Set(keysOf(value).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")))].sort();
}

describe("locale parity", () => {
  for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
    it(`"${ns}" has the same keys in English and Indonesian`, () => {
      expect(baseKeys(resources.id[ns])).toEqual(baseKeys(resources.en[ns]));
    });
  }
});
