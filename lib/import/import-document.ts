import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/db/documents";
import { AppError } from "@/lib/errors/app-error";
import { decodeTextFile } from "./decode-text";
import { parsePlainText } from "./parse-plain-text";

export interface ImportInput {
  /** Pasted text; ignored when a file is given. */
  text?: string;
  file?: { name: string; bytes: Uint8Array };
  title?: string;
}

const TEXT_FILE = /\.(txt|text)$/i;

/** The import use case shared by the web form and the CLI: parse, check, store in one transaction. */
export async function importDocument(db: Db, input: ImportInput): Promise<number> {
  if (input.file && input.file.bytes.byteLength > 0) {
    if (!TEXT_FILE.test(input.file.name)) throw new AppError("unsupportedFileType");
    const text = decodeTextFile(input.file.bytes);
    return createDocument(db, parsePlainText({ text, title: input.title, originKind: "file", originRef: input.file.name }));
  }
  return createDocument(db, parsePlainText({ text: input.text ?? "", title: input.title, originKind: "paste" }));
}
