import enCommon from "./locales/en/common.json";
import enErrors from "./locales/en/errors.json";
import enImport from "./locales/en/import.json";
import enLibrary from "./locales/en/library.json";
import enReader from "./locales/en/reader.json";
import enReview from "./locales/en/review.json";
import idCommon from "./locales/id/common.json";
import idErrors from "./locales/id/errors.json";
import idImport from "./locales/id/import.json";
import idLibrary from "./locales/id/library.json";
import idReader from "./locales/id/reader.json";
import idReview from "./locales/id/review.json";

/** Every namespace in both languages. English is the reference for typed keys. */
export const resources = {
  en: { common: enCommon, errors: enErrors, import: enImport, library: enLibrary, reader: enReader, review: enReview },
  id: { common: idCommon, errors: idErrors, import: idImport, library: idLibrary, reader: idReader, review: idReview },
} as const;

export type Namespace = keyof (typeof resources)["en"];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
