import { AppError } from "@/lib/errors/app-error";
import { formatBytes } from "@/lib/import/limits";

/** XLIFF and TMX uploads: a large translation memory fits, and the refusal comes before the 12 MB transport limit. */
export const MAX_EXCHANGE_BYTES = 10 * 1024 * 1024;

// CAT tools write UTF-8, but some Windows tools save TMX as UTF-16 with a byte order mark.
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** The text of an XLIFF or TMX file: UTF-8, or UTF-16 with a byte order mark; anything else is refused. */
export function decodeExchangeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalidEncoding");
  }
}

/** The text of an uploaded XLIFF or TMX file (a form's File entry); refuses a missing or empty upload and one over the limit. */
export async function readExchangeFile(entry: FormDataEntryValue | null): Promise<string> {
  if (!(entry instanceof File) || entry.size === 0) throw new AppError("noFileChosen");
  if (entry.size > MAX_EXCHANGE_BYTES) throw new AppError("fileTooLarge", { size: formatBytes(entry.size), limit: formatBytes(MAX_EXCHANGE_BYTES) }, 413);
  return decodeExchangeBytes(new Uint8Array(await entry.arrayBuffer()));
}
