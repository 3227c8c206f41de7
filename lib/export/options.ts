/** What every exporter may be asked for; each format uses the options that make sense for it. */
export type ExportLayout = "table" | "interleaved";
export type ExportContent = "all" | "reviewed-only";
/** With reviewed-only content: English nobody approved yet is shown marked (grey italics) or left out. */
export type UnreviewedEnglish = "mark" | "omit";

export interface ExportOptions {
  layout?: ExportLayout;
  content?: ExportContent;
  unreviewed?: UnreviewedEnglish;
  /** The moment written into the file (metadata line, TMX header); fixed in tests so golden files are stable. */
  exportedAt?: Date;
}

export type ResolvedExportOptions = Required<ExportOptions>;

export function resolveOptions(options: ExportOptions = {}): ResolvedExportOptions {
  return {
    layout: options.layout ?? "table",
    content: options.content ?? "all",
    unreviewed: options.unreviewed ?? "mark",
    exportedAt: options.exportedAt ?? new Date(),
  };
}
