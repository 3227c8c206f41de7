import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const rows = (page: Page) => page.getByTestId("paragraph-row");

/**
 * Clicks a row's English, which opens the editor there; returns the editor's text box. A click that lands
 * before the page is interactive (a loaded machine) does nothing, so the click is repeated until the editor opens.
 */
export async function editEnglish(page: Page, index: number) {
  const box = page.getByRole("textbox", { name: `English of paragraph ${index + 1}` });
  await expect(async () => {
    if (!(await box.isVisible())) await rows(page).nth(index).locator(".target .text, .target .placeholder").click();
    await expect(box).toBeFocused({ timeout: 1000 });
  }).toPass();
  return box;
}

/** Serious and critical axe violations on the page as it stands (empty when accessible). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
