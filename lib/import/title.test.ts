import { describe, expect, it } from "vitest";
import { deriveTitle } from "./title";

describe("deriveTitle", () => {
  it("takes a short first sentence whole, without its full stop", () => {
    expect(deriveTitle("Putin menerima undangan. Lalu pergi.")).toBe("Putin menerima undangan");
  });

  it("cuts a long sentence at a word boundary", () => {
    const title = deriveTitle(
      "Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin ke negaranya selama pembicaraan mereka di Rusia, media pemerintah melaporkan.",
    );
    expect(title).toBe("Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin ke…");
    expect(title.length).toBeLessThanOrEqual(81);
  });

  it("cuts a single very long word hard", () => {
    expect(deriveTitle("x".repeat(200))).toBe(`${"x".repeat(80)}…`);
  });
});
