import type { Provider } from "./migrations";

export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];
const LABEL: Record<Provider, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

export interface MigrationWrite {
  provider: Provider;
  folder: string;
  sql: string;
}

export interface MigrationState {
  /** Migration folder names per provider. */
  names: Record<Provider, string[]>;
  /** SQL from the committed migrations to the schema per provider; "" when in step. */
  pending: Record<Provider, string>;
}

const placeholder = (provider: Provider, why: string) => `-- Nothing to do on ${LABEL[provider]}: ${why}\n`;

const timestampOf = (date: Date) => date.toISOString().replace(/\D/g, "").slice(0, 14);

function dateOf(timestamp: string): Date {
  const [y, mo, d, h, mi, s] = timestamp.match(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)/)!.slice(1).map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/** `<UTC timestamp>_<name>`, after every existing migration even when the clock is behind. */
export function newMigrationFolder(existing: readonly string[], name: string, now: Date): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!slug) throw new Error("Name the migration, e.g. `npm run db:change -- add_glossary_note`.");
  const latest = existing.map((folder) => folder.slice(0, 14)).sort().at(-1);
  let timestamp = timestampOf(now);
  if (latest && timestamp <= latest) timestamp = timestampOf(new Date(dateOf(latest).getTime() + 1000));
  return `${timestamp}_${slug}`;
}

/** A provider lacks migrations the other has (a branch added one the old way): give it their combined SQL. */
function catchUp(state: MigrationState, lagging: Provider, missing: string[]): MigrationWrite[] {
  const ahead = PROVIDERS.find((p) => p !== lagging)!;
  if (state.pending[ahead]) {
    throw new Error(
      `${LABEL[lagging]} lacks ${missing.join(", ")} while prisma/schema.prisma has further changes: set those changes aside, ` +
        "run `npm run db:change` to catch up, then bring them back and run it again with a name.",
    );
  }
  const last = missing.at(-1)!;
  return missing.map((folder) => ({
    provider: lagging,
    folder,
    sql: folder === last ? state.pending[lagging] || placeholder(lagging, "already in step.") : placeholder(lagging, `applied by ${last}.`),
  }));
}

/**
 * What `npm run db:change` writes: one new migration in both folders for a schema change (a placeholder where a
 * provider needs no SQL, so the folders stay in step), or the missing counterparts of migrations added to one folder.
 */
export function planMigrations(state: MigrationState, name: string | undefined, now: Date): MigrationWrite[] {
  const missing = {
    sqlite: state.names.postgresql.filter((n) => !state.names.sqlite.includes(n)),
    postgresql: state.names.sqlite.filter((n) => !state.names.postgresql.includes(n)),
  };
  if (missing.sqlite.length > 0 && missing.postgresql.length > 0) {
    throw new Error(`Each migration folder has migrations the other lacks (${[...missing.sqlite, ...missing.postgresql].join(", ")}): pair them by hand.`);
  }
  const lagging = PROVIDERS.find((p) => missing[p].length > 0);
  if (lagging) return catchUp(state, lagging, missing[lagging]);
  if (!state.pending.sqlite && !state.pending.postgresql) return [];
  if (!name) throw new Error("The schema changed: name the migration, e.g. `npm run db:change -- add_glossary_note`.");
  const folder = newMigrationFolder(state.names.sqlite, name, now);
  return PROVIDERS.map((provider) => ({ provider, folder, sql: state.pending[provider] || placeholder(provider, "this change needs no SQL here.") }));
}
