// RFC 5987 attr-char: everything else in a filename* value is percent-encoded UTF-8.
const NOT_ATTR_CHAR = /[^A-Za-z0-9!#$&+\-.^_`|~]/gu;

function percentEncode(value: string): string {
  return value.replace(NOT_ATTR_CHAR, (char) =>
    Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

/** A plain-ASCII stand-in for clients that ignore filename*: accents dropped, other characters a dash. */
function asciiFallback(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const [base, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ""];
  const ascii = base
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `${ascii || "document"}${extension.replace(/[^A-Za-z0-9.]/g, "")}`;
}

/**
 * The Content-Disposition of a download: `attachment` with a quoted ASCII file name, plus an RFC 5987 `filename*`
 * carrying the exact UTF-8 name when it is not plain ASCII (Indonesian titles may hold accents or other scripts).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = asciiFallback(fileName);
  const header = `attachment; filename="${fallback}"`;
  return fallback === fileName ? header : `${header}; filename*=UTF-8''${percentEncode(fileName)}`;
}
