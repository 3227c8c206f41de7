import { AppError, type ErrorPayload } from "@/lib/errors/app-error";

/** Refusal thresholds for anything a user imports. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_PARAGRAPHS = 20_000;
export const MAX_TITLE_LENGTH = 300;

/** "5 MB", "5.01 MB", "800 KB": sizes in messages, rounded up so a size over a limit never reads as equal to it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.ceil((bytes / (1024 * 1024)) * 100) / 100} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The "file too large" refusal for a file of `size` bytes, or null when it fits: the server and the browser say the same. */
export function fileTooLarge(size: number, limit: number): ErrorPayload | null {
  return size > limit ? { code: "fileTooLarge", params: { size: formatBytes(size), limit: formatBytes(limit) } } : null;
}

/** Refuses pasted text larger than an upload may be. */
export function checkTextSize(text: string): void {
  const size = new TextEncoder().encode(text).byteLength;
  if (size > MAX_IMPORT_BYTES) throw new AppError("textTooLarge", { size: formatBytes(size), limit: formatBytes(MAX_IMPORT_BYTES) }, 413);
}
