import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type Provider = "sqlite" | "postgresql";

export const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Each provider has its own migration folder (Prisma keeps one migration_lock.toml provider per folder). */
export const MIGRATIONS_DIR: Record<Provider, string> = {
  sqlite: path.join(PROJECT_ROOT, "prisma/migrations"),
  postgresql: path.join(PROJECT_ROOT, "prisma/postgres/migrations"),
};

export const SCHEMA_FILE: Record<Provider, string> = {
  sqlite: path.join(PROJECT_ROOT, "prisma/schema.prisma"),
  postgresql: path.join(PROJECT_ROOT, "prisma/postgres/schema.prisma"),
};

/** The Prisma CLI's settings (driver adapter, schema, migrations) per provider: `prisma … --config <file>`. */
export const PRISMA_CONFIG: Record<Provider, string> = {
  sqlite: path.join(PROJECT_ROOT, "prisma.config.ts"),
  postgresql: path.join(PROJECT_ROOT, "prisma/postgres/prisma.config.ts"),
};

/** Migration folder names in the order Prisma applies them. */
export function migrationNames(provider: Provider): string[] {
  const dir = MIGRATIONS_DIR[provider];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export function migrationSql(provider: Provider, name: string): string {
  return fs.readFileSync(path.join(MIGRATIONS_DIR[provider], name, "migration.sql"), "utf8");
}
