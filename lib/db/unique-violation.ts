import { Prisma } from "./generated/client";

/** The driver adapter's own error, raised as is by lean SQL (lib/db/lean-sql.ts) and wrapped by Prisma otherwise. */
function driverErrorKind(error: unknown): string | undefined {
  const named = error as { name?: unknown; cause?: { kind?: unknown } } | null;
  return named?.name === "DriverAdapterError" && typeof named.cause?.kind === "string" ? named.cause.kind : undefined;
}

/**
 * True when a write broke a unique index: P2002 from Prisma's own queries, P2010 carrying the
 * driver adapter's UniqueConstraintViolation from raw SQL, or that adapter error itself from
 * lean SQL (the same on SQLite and PostgreSQL).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (driverErrorKind(error) === "UniqueConstraintViolation") return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}
