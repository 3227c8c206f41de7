import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";
import { exportFileName } from "./formats";

describe("attachmentDisposition", () => {
  it("gives an ASCII name as it is", () => {
    expect(attachmentDisposition(exportFileName("Kim Jong Un Undang Putin ke Korea Utara", "docx"))).toBe(
      'attachment; filename="kim-jong-un-undang-putin-ke-korea-utara.docx"',
    );
  });

  it("adds the exact UTF-8 name as filename* with an ASCII fallback", () => {
    expect(attachmentDisposition(exportFileName("Café di Jalan Thamrin", "md"))).toBe(
      `attachment; filename="cafe-di-jalan-thamrin.md"; filename*=UTF-8''caf%C3%A9-di-jalan-thamrin.md`,
    );
    expect(attachmentDisposition(exportFileName("Berita 北京 hari ini", "csv"))).toBe(
      `attachment; filename="berita-hari-ini.csv"; filename*=UTF-8''berita-%E5%8C%97%E4%BA%AC-hari-ini.csv`,
    );
  });

  it("falls back to a generic name when nothing ASCII is left", () => {
    expect(attachmentDisposition(exportFileName("שלום עליכם", "html"))).toBe(
      `attachment; filename="document.html"; filename*=UTF-8''%D7%A9%D7%9C%D7%95%D7%9D-%D7%A2%D7%9C%D7%99%D7%9B%D7%9D.html`,
    );
  });

  it("never lets quotes, separators or line breaks into the header", () => {
    const header = attachmentDisposition(`a"b;c\r\nSet-Cookie: x=1'(é).xlf`);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="a-b-c-Set-Cookie-x-1-e.xlf"; filename*=UTF-8''a%22b%3Bc%0D%0ASet-Cookie%3A%20x%3D1%27%28%C3%A9%29.xlf`);
  });
});
