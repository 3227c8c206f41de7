// Prisma CLI settings for PostgreSQL: `prisma … --config prisma/postgres/prisma.config.ts`. DATABASE_URL names the
// database; without a postgres:// URL the scratch server is used, which `migrate diff` needs for its shadow database.
import { defineConfig } from "prisma/config";
import { isPostgresUrl } from "../../lib/db/database-url";
import { scratchPostgresUrl } from "../../lib/db/scratch-postgres";
import { PostgresMigrateAdapter } from "../migrate-adapters";

const url = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL!.trim() : scratchPostgresUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  adapter: async () => new PostgresMigrateAdapter(url),
});
