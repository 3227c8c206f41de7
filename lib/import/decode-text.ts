import { AppError } from "@/lib/errors/app-error";
import { formatBytes, MAX_IMPORT_BYTES } from "./limits";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes an uploaded text file, refusing binary data and text that is not UTF-8. */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError("fileTooLarge", { size: formatBytes(bytes.byteLength), limit: formatBytes(MAX_IMPORT_BYTES) }, 413);
  }
  if (bytes.includes(0)) throw new AppError("notText");
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError("invalidEncoding");
  }
}
