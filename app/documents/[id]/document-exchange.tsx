import { ExportDialog } from "./export-dialog";
import { XliffImportDialog } from "./xliff-import-dialog";

/** The reader's export and XLIFF round-trip controls, mounted in its header. */
export function DocumentExchange({ documentId }: { documentId: number }) {
  return (
    <div className="toolbar">
      <ExportDialog documentId={documentId} />
      <XliffImportDialog documentId={documentId} />
    </div>
  );
}
