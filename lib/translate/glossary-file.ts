import { CsvError, parse } from "csv-parse/sync";
import type { GlossaryTermInput } from "@/lib/db/glossary";
import { AppError } from "@/lib/errors/app-error";
import { validateGlossaryTerm } from "./glossary-term";

/** One thing wrong with an imported file, as an `errors` message key plus its line. */
export interface GlossaryFileProblem {
  line: number;
  code: string;
  params: Record<string, string | number>;
}

export interface ParsedGlossaryFile {
  terms: GlossaryTermInput[];
  problems: GlossaryFileProblem[];
}

const SOURCE_HEADERS = new Set(["source", "term", "indonesian", "id", "sumber", "istilah", "bahasa indonesia"]);
const TARGET_HEADERS = new Set(["target", "translation", "english", "en", "terjemahan", "sasaran", "bahasa inggris"]);

function delimiterOf(text: string, fileName: string): string {
  if (/\.(tsv|tab)$/i.test(fileName)) return "\t";
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  if (!/\.csv$/i.test(fileName) && firstLine.includes("\t")) return "\t";
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

const isHeader = (cells: string[]) => SOURCE_HEADERS.has(cells[0]?.toLowerCase()) && TARGET_HEADERS.has(cells[1]?.toLowerCase());

/**
 * Reads a CSV or TSV glossary: source, target and an optional note per row,
 * with an optional header row. Every bad row is reported with its line; the
 * caller imports nothing while problems remain.
 */
export function parseGlossaryFile(text: string, fileName: string): ParsedGlossaryFile {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, { delimiter: delimiterOf(text, fileName), bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { terms: [], problems: [{ line: (error as CsvError & { lines?: number }).lines ?? 1, code: "glossaryFileUnreadable", params: {} }] };
  }
  const terms: GlossaryTermInput[] = [];
  const problems: GlossaryFileProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach(({ record, info }, index) => {
    if (index === 0 && isHeader(record)) return;
    if (record.every((cell) => cell === "")) return;
    try {
      if (record.length < 2) throw new AppError("glossaryLineColumns");
      const term = validateGlossaryTerm({ source: record[0], target: record[1], note: record[2] });
      const earlier = seen.get(term.source);
      if (earlier !== undefined) throw new AppError("glossaryTermRepeated", { term: term.source, earlier });
      seen.set(term.source, info.lines);
      terms.push(record.length > 2 ? term : { source: term.source, target: term.target });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({ line: info.lines, code: error.code, params: error.params });
    }
  });
  if (terms.length === 0 && problems.length === 0) problems.push({ line: 1, code: "glossaryFileEmpty", params: {} });
  return { terms, problems };
}
