import { createHash } from "node:crypto";

/** One spelling per value whatever the database returned it from: dates as ISO text, big integers and decimals as text. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (value !== null && typeof value === "object" && "toFixed" in value) return String(value);
  return value ?? null;
}

/** A SHA-256 over a table's rows, fed in key order, each row as the JSON array of its columns in schema order. */
export class TableChecksum {
  readonly #hash = createHash("sha256");
  #rows = 0;

  constructor(private readonly fields: readonly string[]) {}

  add(rows: readonly Record<string, unknown>[]): void {
    for (const row of rows) {
      this.#hash.update(`${JSON.stringify(this.fields.map((field) => canonical(row[field])))}\n`);
      this.#rows += 1;
    }
  }

  get rows(): number {
    return this.#rows;
  }

  digest(): string {
    return this.#hash.copy().digest("hex");
  }
}
