import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { expect } from "./fixtures";

/** The labels of the export dialog's formats, as a person reads them. */
export const FORMAT_LABELS = {
  docx: "Word document (DOCX)",
  html: "Web page (HTML), prints to PDF",
  md: "Markdown text",
  tmx: "Translation memory (TMX 1.4b)",
  xliff: "For CAT tools (XLIFF 2.0)",
  csv: "Spreadsheet (CSV)",
} as const;

export type FormatId = keyof typeof FORMAT_LABELS;

export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export this document" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses a format (and options: group legend → choice) in the open export dialog and saves the download. */
export async function downloadExport(page: Page, format: FormatId, options: Record<string, string> = {}) {
  const dialog = await openExportDialog(page);
  await dialog.getByRole("radio", { name: FORMAT_LABELS[format] }).check();
  for (const [legend, choice] of Object.entries(options)) await dialog.getByRole("group", { name: legend }).getByRole("radio", { name: choice }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download" }).click()]);
  await page.keyboard.press("Escape");
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

/** Parses XML with repeated elements always as arrays, as a CAT tool would read them. */
export function parseXml(bytes: Buffer): Record<string, unknown> {
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ["tu", "tuv", "unit", "file", "segment"].includes(name) }).parse(bytes.toString("utf8"));
}

/** A TMX file as another CAT tool would write it: one unit per Indonesian → English pair. */
export function tmxFile(pairs: [id: string, en: string][], extraUnits = ""): Buffer {
  const units = pairs.map(([id, en]) => `<tu><tuv xml:lang="id"><seg>${id}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`).join("\n");
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT" adminlang="en" srclang="id" datatype="plaintext"/><body>\n${units}\n${extraUnits}</body></tmx>\n`,
  );
}
