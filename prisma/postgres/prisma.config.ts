// Prisma CLI settings for PostgreSQL: `prisma … --config prisma/postgres/prisma.config.ts`, with DATABASE_URL naming
// the database (`npm run db:migrate` and `npm run db:change` set it). Paths are relative to this file.
import { defineConfig } from "prisma/config";
import { isPostgresUrl } from "../../lib/db/database-url";
import { PostgresMigrateAdapter } from "../migrate-adapters";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    // Never fall back to some default server: a migration must land in the database the user named.
    if (!isPostgresUrl(url)) throw new Error("Set DATABASE_URL to the postgresql:// URL of the database to use.");
    return new PostgresMigrateAdapter(url);
  },
});
