/** Memory keys ignore differences in white space and Unicode composition. */
export function normaliseForMemory(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
