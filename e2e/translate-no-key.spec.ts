import { e2eServers } from "./fake-deepl";
import { addPastedDocument, expect, test, uniqueTitle } from "./fixtures";

// The e2e run keeps a second app instance without a DeepL key on the same database (scripts/e2e-server.mjs).
test("Without a DeepL key the reader explains how to set one instead of offering to translate", async ({ page }) => {
  const url = await addPastedDocument(page, "Kereta berangkat tepat waktu.", uniqueTitle("Kereta"));
  await expect(page.getByRole("button", { name: "Translate", exact: true })).toBeVisible();

  await page.goto(`${e2eServers().noKeyUrl}${new URL(url).pathname}`);
  await expect(page.getByTestId("paragraph-row").first()).toBeVisible();
  await expect(page.getByTestId("translate-no-key")).toHaveText(/set DEEPL_AUTH_KEY to your DeepL API key/);
  await expect(page.getByRole("button", { name: "Translate", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Re-translate" })).toHaveCount(0);

  await page.goto(`${e2eServers().noKeyUrl}/glossary`);
  await expect(page.getByTestId("glossary-sync")).toContainText("No DeepL key is set");
});
