-- Trigram indexes (pg_trgm) let PostgreSQL serve the case-insensitive contains filters of search (ILIKE) without
-- reading every paragraph. Prisma cannot declare them portably, so they live here only, and the schema drift check
-- ignores indexes named *_trgm_idx. pg_trgm ships in the PostgreSQL contrib package (part of the server packages of
-- Debian, Ubuntu and the official images) and is a trusted extension: the database owner may create it.
-- No semicolons inside statements or comments: the pg driver adapter of Prisma 6.19 splits scripts at each one.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Paragraph_sourceText_trgm_idx" ON "Paragraph" USING gin ("sourceText" gin_trgm_ops);

CREATE INDEX "Paragraph_targetText_trgm_idx" ON "Paragraph" USING gin ("targetText" gin_trgm_ops);

CREATE INDEX "Document_title_trgm_idx" ON "Document" USING gin ("title" gin_trgm_ops);
