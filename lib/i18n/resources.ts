import enCommon from "./locales/en/common.json";
import enErrors from "./locales/en/errors.json";
import enExport from "./locales/en/export.json";
import enGlossary from "./locales/en/glossary.json";
import enImport from "./locales/en/import.json";
import enImportNotices from "./locales/en/import-notices.json";
import enLibrary from "./locales/en/library.json";
import enMemory from "./locales/en/memory.json";
import enReader from "./locales/en/reader.json";
import enReview from "./locales/en/review.json";
import enTranslate from "./locales/en/translate.json";
import idCommon from "./locales/id/common.json";
import idErrors from "./locales/id/errors.json";
import idExport from "./locales/id/export.json";
import idGlossary from "./locales/id/glossary.json";
import idImport from "./locales/id/import.json";
import idImportNotices from "./locales/id/import-notices.json";
import idLibrary from "./locales/id/library.json";
import idMemory from "./locales/id/memory.json";
import idReader from "./locales/id/reader.json";
import idReview from "./locales/id/review.json";
import idTranslate from "./locales/id/translate.json";

/** Every namespace in both languages. English is the reference for typed keys. */
export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    export: enExport,
    glossary: enGlossary,
    import: enImport,
    "import-notices": enImportNotices,
    library: enLibrary,
    memory: enMemory,
    reader: enReader,
    review: enReview,
    translate: enTranslate,
  },
  id: {
    common: idCommon,
    errors: idErrors,
    export: idExport,
    glossary: idGlossary,
    import: idImport,
    "import-notices": idImportNotices,
    library: idLibrary,
    memory: idMemory,
    reader: idReader,
    review: idReview,
    translate: idTranslate,
  },
} as const;

export type Namespace = keyof (typeof resources)["en"];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
