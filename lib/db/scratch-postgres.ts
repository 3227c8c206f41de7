/**
 * A PostgreSQL server where Selaras may create and drop throwaway databases: the tests' fresh databases
 * and the shadow database of `prisma migrate diff`. Any database on it serves as the entry point.
 */
export function scratchPostgresUrl(): string {
  return process.env.SCRATCH_POSTGRES_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
}
