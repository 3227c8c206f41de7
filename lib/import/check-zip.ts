import yauzl from "yauzl";
import { AppError } from "@/lib/errors/app-error";
import { formatBytes } from "./limits";

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Highest uncompressed/compressed ratio allowed for an entry above RATIO_FLOOR bytes. */
  maxRatio: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 50 * 1024 * 1024, maxRatio: 100 };

// Small entries may compress very well without harm; only big ones are suspicious.
const RATIO_FLOOR = 1024 * 1024;
// The parts a DOCX reader inflates; media are never inflated, so their sizes cannot hurt.
const READ_BY_CONVERTER = /\.(xml|rels)$/i;

async function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  let size = 0;
  for await (const chunk of stream) size += (chunk as Buffer).byteLength;
  return size;
}

/**
 * Checks that bytes are a DOCX-shaped ZIP safe to hand to a converter, reading only the
 * central directory and inflating the XML parts: too many entries, too much uncompressed
 * data, a suspicious compression ratio, or sizes that lie (yauzl checks the inflated
 * size against the declared one) are refused before anything else reads the file.
 */
export async function checkDocxZip(bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: true });
  } catch {
    throw new AppError("docxInvalid");
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw new AppError("docxTooManyEntries", { limit: limits.maxEntries });
    let total = 0;
    let hasDocument = false;
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new AppError("docxTooLarge", { limit: formatBytes(limits.maxTotalBytes) });
      if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize > Math.max(1, entry.compressedSize) * limits.maxRatio) {
        throw new AppError("docxSuspicious");
      }
      if (entry.isEncrypted()) throw new AppError("docxInvalid");
      if (entry.fileName === "word/document.xml") hasDocument = true;
      if (READ_BY_CONVERTER.test(entry.fileName)) await inflatedSize(zip, entry);
    }
    if (!hasDocument) throw new AppError("docxInvalid");
  } catch (error) {
    if (error instanceof AppError) throw error;
    // yauzl's own refusals: sizes that lie, broken deflate data, unsafe file names.
    throw new AppError("docxSuspicious");
  } finally {
    zip.close();
  }
}
