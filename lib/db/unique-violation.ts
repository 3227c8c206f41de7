import { Prisma } from "./generated/client";

/**
 * True when a write broke a unique index: P2002 from Prisma's own queries,
 * P2010 carrying the driver adapter's UniqueConstraintViolation from raw SQL
 * (the same on SQLite and PostgreSQL).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}
