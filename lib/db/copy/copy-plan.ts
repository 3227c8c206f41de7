import type { Datamodel, DmmfModel } from "../schema/datamodel";

export interface CopyColumn {
  field: string;
  column: string;
}

/** How one model is copied: read and compared in key order, written after the models it refers to. */
export interface CopyTable {
  model: string;
  /** The Prisma client property: `paragraph` for Paragraph. */
  delegate: string;
  table: string;
  columns: CopyColumn[];
  orderBy: string[];
  /** An `Int @id @default(autoincrement())` column, whose PostgreSQL sequence must follow the copied ids. */
  serialColumn: string | null;
}

function toCopyTable(model: DmmfModel): CopyTable {
  const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
  const ids = scalars.filter((f) => f.isId).map((f) => f.name);
  const serial = scalars.find((f) => f.isId && f.type === "Int" && (f.default as { name?: string } | undefined)?.name === "autoincrement");
  return {
    model: model.name,
    delegate: model.name[0].toLowerCase() + model.name.slice(1),
    table: model.dbName ?? model.name,
    columns: scalars.map((f) => ({ field: f.name, column: f.dbName ?? f.name })),
    // Without a key, every column orders the rows: the order only has to be the same on both databases.
    orderBy: ids.length > 0 ? ids : (model.primaryKey?.fields ?? scalars.map((f) => f.name)),
    serialColumn: serial ? (serial.dbName ?? serial.name) : null,
  };
}

/**
 * Every model of the schema, each after the models its foreign keys point to, so rows can be inserted with
 * foreign keys checked. Taken from the datamodel, so a model added later is copied without a change here.
 */
export function copyPlan(datamodel: Datamodel): CopyTable[] {
  const parents = new Map<string, Set<string>>();
  for (const model of datamodel.models) {
    const refs = model.fields.filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0 && f.type !== model.name);
    parents.set(model.name, new Set(refs.map((f) => f.type)));
  }
  const ordered: DmmfModel[] = [];
  const placed = new Set<string>();
  while (ordered.length < datamodel.models.length) {
    const ready = datamodel.models.filter((m) => !placed.has(m.name) && [...parents.get(m.name)!].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const rest = datamodel.models.filter((m) => !placed.has(m.name)).map((m) => m.name);
      throw new Error(`Foreign keys form a cycle between ${rest.join(", ")}: no insertion order exists`);
    }
    for (const model of ready) {
      ordered.push(model);
      placed.add(model.name);
    }
  }
  return ordered.map(toCopyTable);
}
