import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import yauzl from "yauzl";

/** One file of a zip archive as text (DOCX parts are XML). */
export function zipEntryText(bytes: Uint8Array, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        });
      });
      zip.on("end", () => reject(new Error(`${name} not in archive`)));
      zip.readEntry();
    });
  });
}

/** The text of an HTML element with <br> read as a line break. */
export function elementText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const br of Array.from(clone.querySelectorAll("br"))) br.replaceWith("\n");
  return clone.textContent ?? "";
}

/** A DOCX read back by mammoth, as an HTML document to query. */
export async function docxAsHtml(bytes: Uint8Array): Promise<Document> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return parseHTML(`<!DOCTYPE html><html><body>${value}</body></html>`).document;
}
