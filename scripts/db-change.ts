// `npm run db:change -- <name>`: after editing prisma/schema.prisma (the one source of the models), renders
// prisma/postgres/schema.prisma, writes the migration for both SQLite and PostgreSQL, and regenerates both clients.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrationNames, MIGRATIONS_DIR, PRISMA_CONFIG, PROJECT_ROOT, SCHEMA_FILE } from "../lib/db/schema/migrations";
import { pendingMigrationSql } from "../lib/db/schema/pending-migration";
import { planMigrations, PROVIDERS } from "../lib/db/schema/plan-migrations";
import { renderPostgresSchema } from "../lib/db/schema/postgres-schema";
import { scratchPostgresUrl } from "../lib/db/scratch-postgres";

const relative = (file: string) => path.relative(PROJECT_ROOT, file);

function renderSchema(): void {
  const rendered = renderPostgresSchema(fs.readFileSync(SCHEMA_FILE.sqlite, "utf8"));
  if (fs.existsSync(SCHEMA_FILE.postgresql) && fs.readFileSync(SCHEMA_FILE.postgresql, "utf8") === rendered) return;
  fs.writeFileSync(SCHEMA_FILE.postgresql, rendered);
  console.log(`Rendered ${relative(SCHEMA_FILE.postgresql)}`);
}

async function pendingPostgresSql(): Promise<string> {
  try {
    return await pendingMigrationSql("postgresql");
  } catch (error) {
    throw new Error(
      `${(error as { stderr?: string }).stderr ?? String(error)}\nThe PostgreSQL migration needs a server for Prisma's shadow database: ` +
        `${scratchPostgresUrl()} did not serve. Start PostgreSQL or set SCRATCH_POSTGRES_URL, then run this again.`,
    );
  }
}

async function main(name: string | undefined): Promise<void> {
  renderSchema();
  const [sqlite, postgresql] = await Promise.all([pendingMigrationSql("sqlite"), pendingPostgresSql()]);
  const names = { sqlite: migrationNames("sqlite"), postgresql: migrationNames("postgresql") };
  const writes = planMigrations({ names, pending: { sqlite, postgresql } }, name, new Date());
  for (const write of writes) {
    const file = path.join(MIGRATIONS_DIR[write.provider], write.folder, "migration.sql");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, write.sql);
    console.log(`Wrote ${relative(file)}`);
  }
  if (writes.length === 0) console.log("The migrations of both databases already match prisma/schema.prisma.");
  for (const provider of PROVIDERS) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/prisma/build/index.js"), "generate", "--config", PRISMA_CONFIG[provider]], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  console.log("Generated both clients. Next: review the SQL, `npm run db:migrate`, and commit prisma/ with your change.");
}

main(process.argv[2]).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
