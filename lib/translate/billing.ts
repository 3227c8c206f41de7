/** DeepL bills the source text's Unicode code points; context is free. */
export function billedCharacters(text: string): number {
  return [...text].length;
}
