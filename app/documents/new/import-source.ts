/** Where a new document comes from; the form imports exactly one of them. */
export const IMPORT_SOURCES = ["paste", "file", "url"] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
