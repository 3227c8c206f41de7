/**
 * prisma/schema.prisma (SQLite) is the one source of the models; the PostgreSQL schema is rendered from it,
 * because Prisma 6 needs a literal provider per schema file and a separate client per provider.
 */

export const SQLITE_SCHEMA_PATH = "prisma/schema.prisma";
export const POSTGRES_SCHEMA_PATH = "prisma/postgres/schema.prisma";

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:change`: edit that file, never this one.\n";

// The URL is never used to connect (the driver adapter does), but Prisma wants a literal here.
const POSTGRES_DATASOURCE = `datasource db {
  provider = "postgresql"
  url      = "postgresql://localhost/selaras"
}`;

function replaceBlock(schema: string, pattern: RegExp, what: string, replace: (block: string) => string): string {
  const blocks = schema.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
  if (blocks.length !== 1) throw new Error(`${SQLITE_SCHEMA_PATH}: expected exactly one ${what}, found ${blocks.length}`);
  return schema.replace(blocks[0], replace(blocks[0]));
}

const SQLITE_OUTPUT = /(\boutput\s*=\s*)"\.\.\/lib\/db\/generated"/;

/** The PostgreSQL schema: the same models, with the datasource and the generated client's folder swapped. */
export function renderPostgresSchema(sqliteSchema: string): string {
  const schema = replaceBlock(sqliteSchema, /^datasource\s+\w+\s*\{[^}]*\}/m, "datasource block", () => POSTGRES_DATASOURCE);
  return (
    HEADER +
    replaceBlock(schema, /^generator\s+client\s*\{[^}]*\}/m, "generator client block", (block) => {
      if (!SQLITE_OUTPUT.test(block)) throw new Error(`${SQLITE_SCHEMA_PATH}: the generator output must be "../lib/db/generated"`);
      return block.replace(SQLITE_OUTPUT, '$1"../../lib/db/generated-pg"');
    })
  );
}
