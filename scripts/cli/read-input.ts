import fs from "node:fs/promises";
import path from "node:path";

/** Reads a file argument, or standard input for "-", as raw bytes with a name for format detection. */
export async function readInput(argument: string): Promise<{ name: string; bytes: Uint8Array }> {
  if (argument === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: "-", bytes: new Uint8Array(Buffer.concat(chunks)) };
  }
  return { name: path.basename(argument), bytes: new Uint8Array(await fs.readFile(argument)) };
}
