import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors/app-error";
import { MAX_EXCHANGE_BYTES, readExchangeFile } from "./read-exchange-file";

const file = (bytes: BlobPart[]) => new File(bytes, "memory.tmx");

async function refusal(entry: FormDataEntryValue | null): Promise<Pick<AppError, "code" | "params">> {
  const error = (await readExchangeFile(entry).then(
    () => null,
    (e: unknown) => e,
  )) as AppError | null;
  if (!error) throw new Error("accepted");
  return { code: error.code, params: error.params };
}

describe("readExchangeFile", () => {
  it("reads UTF-8 without its byte order mark", async () => {
    expect(await readExchangeFile(file(["\uFEFF<tmx>Café 🍚</tmx>"]))).toBe("<tmx>Café 🍚</tmx>");
  });

  it("reads UTF-16 with a byte order mark", async () => {
    const text = "<tmx>Café</tmx>";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le.subarray(0)).swap16();
    expect(await readExchangeFile(file([le]))).toBe(text);
    expect(await readExchangeFile(file([be]))).toBe(text);
  });

  it("refuses no file, an empty file, a text field and bytes that are not UTF-8", async () => {
    expect(await refusal(null)).toEqual({ code: "noFileChosen", params: {} });
    expect(await refusal(file([]))).toEqual({ code: "noFileChosen", params: {} });
    expect(await refusal("<tmx/>")).toEqual({ code: "noFileChosen", params: {} });
    expect(await refusal(file([new Uint8Array([0x3c, 0xe9, 0xff])]))).toEqual({ code: "invalidEncoding", params: {} });
  });

  it("refuses a file over the limit before reading it", async () => {
    expect(await refusal(file([new Uint8Array(MAX_EXCHANGE_BYTES + 1)]))).toEqual({ code: "fileTooLarge", params: { size: "10.01 MB", limit: "10 MB" } });
  });
});
