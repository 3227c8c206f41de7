import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors/app-error";
import { parseExportQuery } from "./export-query";

const query = (text: string) => parseExportQuery(new URLSearchParams(text));

function refusal(text: string): Pick<AppError, "code" | "params" | "status"> {
  try {
    query(text);
  } catch (error) {
    const { code, params, status } = error as AppError;
    return { code, params, status };
  }
  throw new Error(`"${text}" was accepted`);
}

describe("parseExportQuery", () => {
  it("fills the defaults and ignores parameters it does not know", () => {
    expect(query("format=docx&_=123")).toEqual({ format: "docx", options: { layout: "table", content: "all", unreviewed: "mark" } });
  });

  it("reads every option", () => {
    expect(query("format=md&layout=interleaved&content=reviewed-only&unreviewed=omit")).toEqual({
      format: "md",
      options: { layout: "interleaved", content: "reviewed-only", unreviewed: "omit" },
    });
  });

  it("refuses a missing or unknown format with the list of formats", () => {
    const formats = "docx, html, md, tmx, xliff, csv";
    expect(refusal("layout=table")).toEqual({ code: "unsupportedExportFormat", params: { format: "", formats }, status: 400 });
    expect(refusal("format=pdf")).toEqual({ code: "unsupportedExportFormat", params: { format: "pdf", formats }, status: 400 });
    expect(refusal("format=DOCX").code).toBe("unsupportedExportFormat");
  });

  it("refuses an unknown option value, naming the option and its choices", () => {
    expect(refusal("format=docx&layout=columns")).toEqual({
      code: "invalidExportOption",
      params: { option: "layout", value: "columns", choices: "table, interleaved" },
      status: 400,
    });
    expect(refusal("format=csv&content=").params).toEqual({ option: "content", value: "", choices: "all, reviewed-only" });
    expect(refusal("format=html&unreviewed=hide").params).toMatchObject({ option: "unreviewed", choices: "mark, omit" });
  });
});
