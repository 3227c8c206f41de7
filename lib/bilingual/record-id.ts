/**
 * A document or paragraph id from a URL segment, or null. Only plain decimal numbers within the
 * 32-bit integer column both databases use: anything else is "not found", never a database error.
 */
export function parseRecordId(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2 ** 31 - 1 ? Number(raw) : null;
}
