import AxeBuilder from "@axe-core/playwright";
import { addBilingualDocument } from "./database";
import { expect, test, uniqueTitle } from "./fixtures";

const READER_MODES = ["side-by-side", "interleaved", "source", "target"] as const;

let bilingual: string;
test.beforeAll(async () => {
  bilingual = await addBilingualDocument(uniqueTitle("Aksesibilitas"), [
    ["Kim tiba. Putin menyambut.", "Kim arrived. Putin welcomed him."],
    ["Dua kalimat. Di sini.", "One sentence here."],
    ["Belum diterjemahkan."],
  ]);
});

const pages = () => [
  { name: "library", path: "/" },
  { name: "library search", path: "/?q=Putin" },
  { name: "add document", path: "/documents/new" },
  ...READER_MODES.map((mode) => ({ name: `reader (${mode})`, path: "/documents/1?q=Putin", mode })),
  { name: "reader with placeholders and mixed alignment", path: bilingual },
  { name: "not found", path: "/documents/999999" },
];

for (const language of ["en", "id"]) {
  for (const theme of ["light", "dark"]) {
    test(`no serious or critical violations in ${language}, ${theme} theme`, async ({ page, context, baseURL }) => {
      test.setTimeout(120_000);
      const url = new URL(baseURL!);
      await context.addCookies([
        { name: "selaras-lang", value: language, domain: url.hostname, path: "/" },
        { name: "selaras-theme", value: theme, domain: url.hostname, path: "/" },
      ]);
      const failures: string[] = [];
      for (const target of pages()) {
        if ("mode" in target) await context.addCookies([{ name: "selaras-modes", value: `1:${target.mode}`, domain: url.hostname, path: "/" }]);
        await page.goto(target.path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const violation of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
          failures.push(`${target.name}: ${violation.id} (${violation.impact}) on ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
}

test("every control shows a focus ring when reached with the keyboard", async ({ page }) => {
  await page.goto("/documents/1");
  const seen = new Set<string>();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      if (element === document.body) return null;
      const ring = element.matches("input[type=radio]") ? element.nextElementSibling! : element;
      const style = getComputedStyle(ring);
      return { name: `${element.tagName} ${element.getAttribute("aria-label") ?? element.textContent?.slice(0, 20)}`, outline: style.outlineStyle };
    });
    if (!focus) continue;
    expect(focus.outline, focus.name).not.toBe("none");
    seen.add(focus.name);
  }
  expect(seen.size).toBeGreaterThan(8);
});
