import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const XLIFF_SCHEMA = fileURLToPath(new URL("../schemas/xliff_core_2.0.xsd", import.meta.url));
export const TMX_DTD = fileURLToPath(new URL("../schemas/tmx14.dtd", import.meta.url));

/**
 * Validates XML with xmllint (Debian package libxml2-utils), never touching the network:
 * `{ schema }` for an XML Schema, `{ dtd }` for a DTD.
 */
export function xmllint(xml: string, against: { schema: string } | { dtd: string }): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-xmllint-"));
  const file = path.join(dir, "export.xml");
  fs.writeFileSync(file, xml);
  const mode = "schema" in against ? ["--schema", against.schema] : ["--dtdvalid", against.dtd];
  try {
    return { ok: true, output: execFileSync("xmllint", ["--noout", "--nonet", ...mode, file], { encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
