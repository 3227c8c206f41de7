import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { importInputFrom, readImportValues } from "./read-import-form";

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const filled = { text: "Teks tempelan.", url: " https://example.com/berita ", title: "Judul", format: "md" };
const article = new File(["# Judul\n\nIsi."], "berita.md", { type: "text/markdown" });

describe("the add-document form", () => {
  it("imports only the chosen source, though the others stay filled in", async () => {
    expect(await importInputFrom(readImportValues(form({ ...filled, source: "paste", file: article })))).toEqual({ text: "Teks tempelan.", title: "Judul", format: "md" });
    expect(await importInputFrom(readImportValues(form({ ...filled, source: "url", file: article })))).toEqual({ url: "https://example.com/berita", title: "Judul" });
    const input = await importInputFrom(readImportValues(form({ ...filled, source: "file", file: article })));
    expect(input).toMatchObject({ title: "Judul", format: "md", file: { name: "berita.md", type: "text/markdown" } });
    expect(new TextDecoder().decode(input.file?.bytes)).toBe("# Judul\n\nIsi.");
  });

  it("reads a missing or unknown source as pasted text, and an empty format as automatic", async () => {
    expect(readImportValues(form({ source: "ftp" }))).toEqual({ source: "paste", text: "", url: "", title: "", format: "", file: null });
    expect(await importInputFrom(readImportValues(form({ text: "Teks." })))).toEqual({ text: "Teks.", title: "", format: undefined });
  });

  it.each([
    ["a web page without an address", { source: "url", url: "   " }, "urlMissing"],
    ["a file source without a file", { source: "file" }, "noFileChosen"],
    ["a file source with an empty file", { source: "file", file: new File([], "") }, "noFileChosen"],
  ])("refuses %s", async (_, fields, code) => {
    expect((await refusal(() => importInputFrom(readImportValues(form(fields))))).code).toBe(code);
  });
});
