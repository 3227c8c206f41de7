import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { resources } from "./resources";
import { boundNamespaces, hasKey, keyUses } from "./used-keys";

type Messages = Record<string, unknown>;

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/** Plural suffixes differ between languages (Indonesian has only "other"); compare base keys. */
function baseKeys(value: unknown): string[] {
  return [...new Set(keysOf(value).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")))].sort();
}

function valueAt(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
}

describe("locale parity", () => {
  for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
    it(`"${ns}" has the same keys in English and Indonesian`, () => {
      expect(baseKeys(resources.id[ns])).toEqual(baseKeys(resources.en[ns]));
    });
  }

  // Names and symbols read the same in both languages; anything else identical is an untranslated copy.
  const SAME_IN_BOTH = new Set(["common:appName", "common:language.en", "common:language.id", "reader:languages", "reader:statusLabel", "import:format.md", "import:format.html"]);
  it("has no English left in the Indonesian texts", () => {
    const copies = (Object.keys(resources.en) as (keyof typeof resources.en)[]).flatMap((ns) =>
      keysOf(resources.en[ns])
        .filter((key) => valueAt(resources.id[ns], key) === valueAt(resources.en[ns], key))
        .map((key) => `${ns}:${key}`)
        .filter((key) => !SAME_IN_BOTH.has(key)),
    );
    expect(copies).toEqual([]);
  });
});

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("keys used in code", () => {
  const files = ["app", "lib", "scripts"].flatMap(sourceFiles);

  it("scans the application's source files", () => {
    expect(files).toContain(path.join("app", "layout.tsx"));
  });

  for (const lng of Object.keys(resources) as (keyof typeof resources)[]) {
    it(`exist in ${lng}`, () => {
      const missing = files.flatMap((file) => {
        const source = fs.readFileSync(path.join(ROOT, file), "utf8");
        const bound = boundNamespaces(source);
        return keyUses(source)
          .filter(({ namespace, key, prefix }) => {
            const candidates = namespace ? [namespace] : bound.length > 0 ? bound : ["common"];
            return !candidates.some((ns) => hasKey((resources[lng] as Record<string, Messages>)[ns], key, prefix));
          })
          .map(({ namespace, key }) => `${file}: ${namespace ? `${namespace}:` : ""}${key}`);
      });
      expect(missing).toEqual([]);
    });
  }
});
