-- Trigram indexes let PostgreSQL answer the search's case-insensitive `contains` (ILIKE '%…%') without reading
-- every paragraph. Prisma cannot declare them portably, so they live here only; the schema drift check ignores
-- indexes named *_trgm_idx. pg_trgm ships with PostgreSQL's contrib package and is a trusted extension (any
-- database owner may create it); on a server without it, or without the right, search still works, unindexed.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX "Paragraph_sourceText_trgm_idx" ON "Paragraph" USING gin ("sourceText" gin_trgm_ops);
    CREATE INDEX "Paragraph_targetText_trgm_idx" ON "Paragraph" USING gin ("targetText" gin_trgm_ops);
    CREATE INDEX "Document_title_trgm_idx" ON "Document" USING gin ("title" gin_trgm_ops);
  ELSE
    RAISE NOTICE 'pg_trgm is not available on this server: search runs without trigram indexes.';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm could not be created (insufficient privilege): search runs without trigram indexes.';
END $$;
