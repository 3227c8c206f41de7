import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { ApiError } from "./api-error";
import type { GlossaryPairs } from "./fake-translate";


interface Dictionary {
  sourceLang: string;
  targetLang: string;
  entries: Map<string, string>;
}

interface Glossary {
  id: string;
  owner: string;
  name: string;
  created: Date;
  dictionaries: Dictionary[];
}

export interface DictionaryInput {
  source_lang?: string;
  target_lang?: string;
  entries?: string;
  entries_format?: string;
}

// Glossaries are language-pair specific and take bare codes ("en"), never regional ones ("en-US").
function bareLang(code: string | undefined, name: string): string {
  if (!code || !/^[a-z]{2,3}$/i.test(code)) throw new ApiError(400, `Missing or invalid argument: ${name}`);
  return code.toLowerCase();
}

function parseEntries(text: string | undefined, format: string | undefined): Map<string, string> {
  if (text === undefined) throw new ApiError(400, "Missing or invalid argument: entries");
  if (format !== "tsv" && format !== "csv") throw new ApiError(400, "Value for 'entries_format' not supported.");
  const rows: string[][] = format === "csv"
    ? parse(text, { relax_column_count: true, skip_empty_lines: true })
    : text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "").map((line) => line.split("\t"));
  const entries = new Map<string, string>();
  rows.forEach((row, index) => {
    const [source, target] = row.map((cell) => cell.trim());
    if (!source || !target) throw new ApiError(400, `Invalid glossary entries provided: entry ${index + 1} misses a separator or a term`);
    if (entries.has(source)) throw new ApiError(400, `Invalid glossary entries provided: entry ${index + 1} duplicates '${source}'`);
    entries.set(source, target);
  });
  return entries;
}

function toDictionary(input: DictionaryInput): Dictionary {
  return {
    sourceLang: bareLang(input.source_lang, "source_lang"),
    targetLang: bareLang(input.target_lang, "target_lang"),
    entries: parseEntries(input.entries, input.entries_format),
  };
}

const dictionaryInfo = (d: Dictionary) => ({ source_lang: d.sourceLang, target_lang: d.targetLang, entry_count: d.entries.size });

const glossaryInfo = (g: Glossary) => ({
  glossary_id: g.id,
  name: g.name,
  dictionaries: g.dictionaries.map(dictionaryInfo),
  creation_time: g.created.toISOString(),
});

/** Multilingual (v3) glossaries, each visible only to the key that created it. */
export class GlossaryStore {
  private glossaries = new Map<string, Glossary>();

  clear(): void {
    this.glossaries.clear();
  }

  private find(owner: string, id: string): Glossary {
    const glossary = this.glossaries.get(id);
    if (!glossary || glossary.owner !== owner) throw new ApiError(404, "Glossary not found");
    return glossary;
  }

  create(owner: string, name: string | undefined, inputs: DictionaryInput[]) {
    if (!name) throw new ApiError(400, "Missing or invalid argument: name");
    if (inputs.length === 0) throw new ApiError(400, "Missing or invalid argument: dictionaries");
    const glossary: Glossary = { id: randomUUID(), owner, name, created: new Date(), dictionaries: inputs.map(toDictionary) };
    this.glossaries.set(glossary.id, glossary);
    return glossaryInfo(glossary);
  }

  list(owner: string) {
    return { glossaries: [...this.glossaries.values()].filter((g) => g.owner === owner).map(glossaryInfo) };
  }

  info(owner: string, id: string) {
    return glossaryInfo(this.find(owner, id));
  }

  private dictionary(glossary: Glossary, sourceLang: string | undefined, targetLang: string | undefined): Dictionary {
    const source = bareLang(sourceLang, "source_lang");
    const target = bareLang(targetLang, "target_lang");
    const dict = glossary.dictionaries.find((d) => d.sourceLang === source && d.targetLang === target);
    if (!dict) throw new ApiError(404, "Dictionary not found");
    return dict;
  }

  entries(owner: string, id: string, sourceLang?: string, targetLang?: string) {
    const dict = this.dictionary(this.find(owner, id), sourceLang, targetLang);
    const tsv = [...dict.entries].map(([source, target]) => `${source}\t${target}`).join("\n");
    return { dictionaries: [{ source_lang: dict.sourceLang, target_lang: dict.targetLang, entries: tsv, entries_format: "tsv" }] };
  }

  /** PUT …/dictionaries replaces one language pair's entries (creating the pair if needed). */
  replaceDictionary(owner: string, id: string, input: DictionaryInput) {
    const glossary = this.find(owner, id);
    const dict = toDictionary(input);
    glossary.dictionaries = [...glossary.dictionaries.filter((d) => d.sourceLang !== dict.sourceLang || d.targetLang !== dict.targetLang), dict];
    return dictionaryInfo(dict);
  }

  /** PATCH renames and/or merges entries into one language pair. */
  update(owner: string, id: string, name: string | undefined, inputs: DictionaryInput[]) {
    const glossary = this.find(owner, id);
    if (name) glossary.name = name;
    for (const input of inputs) {
      const incoming = toDictionary(input);
      const existing = glossary.dictionaries.find((d) => d.sourceLang === incoming.sourceLang && d.targetLang === incoming.targetLang);
      if (existing) for (const [source, target] of incoming.entries) existing.entries.set(source, target);
      else glossary.dictionaries.push(incoming);
    }
    return glossaryInfo(glossary);
  }

  deleteDictionary(owner: string, id: string, sourceLang?: string, targetLang?: string): void {
    const glossary = this.find(owner, id);
    const dict = this.dictionary(glossary, sourceLang, targetLang);
    glossary.dictionaries = glossary.dictionaries.filter((d) => d !== dict);
  }

  delete(owner: string, id: string): void {
    this.find(owner, id);
    this.glossaries.delete(id);
  }

  /** The pairs a translate request with this glossary applies; DeepL errors when the glossary does not exist. */
  pairsFor(owner: string, id: string, sourceLang: string, targetLang: string): GlossaryPairs {
    const glossary = this.find(owner, id);
    const source = sourceLang.split("-")[0].toLowerCase();
    const target = targetLang.split("-")[0].toLowerCase();
    const dict = glossary.dictionaries.find((d) => d.sourceLang === source && d.targetLang === target);
    return dict ? [...dict.entries] : [];
  }
}
