import { AppError } from "@/lib/errors/app-error";
import { documentMatches, type DocumentMatch, type SearchableParagraph } from "@/lib/search/document-matches";
import { matcher, normaliseQuery } from "@/lib/search/find-matches";
import { isPostgresDb, type Db } from "./client";

/**
 * Text search with `contains` filters: LIKE on SQLite (case-insensitive for ASCII letters), ILIKE on PostgreSQL
 * (whose LIKE is case-sensitive), served there by the trigram indexes of the search_trigram_indexes migration.
 * Prisma passes LIKE wildcards through unescaped, so a query holding `%` or `_` is filtered in the
 * database by its wildcard-free fragments and then checked exactly here.
 */
function textFilter(db: Db, query: string) {
  const normalised = normaliseQuery(query);
  const fragments = normalised.split(/[%_]+/u).filter((fragment) => fragment.trim() !== "");
  // `mode` exists only in the PostgreSQL client's types; Db is typed as the SQLite client.
  const contains = (fragment: string) => (isPostgresDb(db) ? { contains: fragment, mode: "insensitive" as const } : { contains: fragment }) as { contains: string };
  const where = {
    AND: fragments.map((fragment) => ({ OR: [{ sourceText: contains(fragment) }, { targetText: contains(fragment) }] })),
  };
  const titleWhere = { AND: fragments.map((fragment) => ({ title: contains(fragment) })) };
  return { where, titleWhere, exact: fragments.length === 1 && fragments[0] === normalised, matches: matcher(normalised) };
}

/** The paragraphs of one document whose Indonesian or English may contain the query (check with `documentMatches`). */
export async function findParagraphsContaining(db: Db, documentId: number, query: string): Promise<SearchableParagraph[]> {
  return db.paragraph.findMany({
    where: { documentId, ...textFilter(db, query).where },
    orderBy: { position: "asc" },
    select: { position: true, sourceText: true, targetText: true },
  });
}

/** Every match of the query in one document, in reading order. */
export async function searchDocument(db: Db, documentId: number, query: string): Promise<{ matches: DocumentMatch[]; truncated: boolean }> {
  if ((await db.document.count({ where: { id: documentId } })) === 0) throw new AppError("documentNotFound", { id: documentId }, 404);
  if (normaliseQuery(query) === "") return { matches: [], truncated: false };
  return documentMatches(await findParagraphsContaining(db, documentId, query), query);
}

export interface LibraryHit {
  id: number;
  title: string;
  createdAt: Date;
  /** Paragraphs containing the query; 0 when only the title matched. */
  paragraphCount: number;
  /** The first matching paragraph, for an excerpt. */
  firstParagraph: SearchableParagraph | null;
}

type TextHits = Map<number, { count: number; first: number }>;

async function textHits(db: Db, filter: ReturnType<typeof textFilter>): Promise<TextHits> {
  const hits: TextHits = new Map();
  if (filter.exact) {
    const rows = await db.paragraph.groupBy({ by: ["documentId"], where: filter.where, _count: { _all: true }, _min: { position: true } });
    for (const row of rows) hits.set(row.documentId, { count: row._count._all, first: row._min.position ?? 0 });
    return hits;
  }
  const rows = await db.paragraph.findMany({
    where: filter.where,
    orderBy: [{ documentId: "asc" }, { position: "asc" }],
    select: { documentId: true, position: true, sourceText: true, targetText: true },
  });
  for (const row of rows.filter((r) => filter.matches(r.sourceText).length > 0 || filter.matches(r.targetText ?? "").length > 0)) {
    const hit = hits.get(row.documentId);
    if (hit) hit.count++;
    else hits.set(row.documentId, { count: 1, first: row.position });
  }
  return hits;
}

/** Documents whose title or text contains the query, newest first. */
export async function searchLibrary(db: Db, query: string, limit = 50): Promise<LibraryHit[]> {
  const filter = textFilter(db, query);
  const [byText, byTitle] = await Promise.all([
    textHits(db, filter),
    db.document.findMany({ where: filter.titleWhere, select: { id: true, title: true } }),
  ]);
  const titleIds = byTitle.filter((d) => filter.exact || filter.matches(d.title).length > 0).map((d) => d.id);
  const documents = await db.document.findMany({
    where: { id: { in: [...new Set([...byText.keys(), ...titleIds])] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, createdAt: true },
  });
  const firstPositions = documents.flatMap((d) => {
    const hit = byText.get(d.id);
    return hit ? [{ documentId: d.id, position: hit.first }] : [];
  });
  const firsts =
    firstPositions.length === 0
      ? []
      : await db.paragraph.findMany({ where: { OR: firstPositions }, select: { documentId: true, position: true, sourceText: true, targetText: true } });
  const firstByDocument = new Map(firsts.map(({ documentId, ...paragraph }) => [documentId, paragraph]));
  return documents.map((d) => ({ ...d, paragraphCount: byText.get(d.id)?.count ?? 0, firstParagraph: firstByDocument.get(d.id) ?? null }));
}
