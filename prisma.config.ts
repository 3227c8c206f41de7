// Prisma CLI settings for SQLite; PostgreSQL has its own in prisma/postgres/prisma.config.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { isPostgresUrl, sqliteUrl } from "./lib/db/database-url";
import { SqliteMigrateAdapter } from "./prisma/migrate-adapters";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (isPostgresUrl(url)) throw new Error("DATABASE_URL names PostgreSQL: add --config prisma/postgres/prisma.config.ts (npm run db:migrate does).");
    return new SqliteMigrateAdapter({ url: sqliteUrl(url) });
  },
});
