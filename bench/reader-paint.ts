/**
 * Paint benchmark for the reader on a 2,000-paragraph bilingual document (NTREX newstest2019).
 *
 *   npx tsx bench/reader-paint.ts [--runs 7] [--editor-selector "#reader-search"] [--editor-open SELECTOR]
 *
 * Builds the app (BENCH_SKIP_BUILD=1 skips that unless the build is missing or stale), loads the document into a
 * fresh SQLite database, starts the production server (scripts/server.ts) on a free port and, as the floor, a plain Node server answering with the very HTML the app
 * sent for that page, saved once (with the same CSS and scripts from the build). Chromium then measures time
 * to first byte and first contentful paint, cold (new context) and warm (reload), alternating the two servers.
 * Finally it measures keypress → paint in an input on the open document: `--editor-selector` (default the
 * document's search box) after clicking `--editor-open` if given, so it can be pointed at an editor.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { createTestDb } from "@/lib/db/test-db";
import { loadNtrex } from "./ntrex";
import { measureKeypressToPaint, measurePaint, median, percentile, type PaintTiming } from "./lib/paint-timing";
import { startStatic } from "./lib/servers";
import { startApp } from "./servers";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: options } = parseArgs({
  options: { runs: { type: "string", default: "7" }, "editor-selector": { type: "string", default: "#reader-search" }, "editor-open": { type: "string" } },
});
const runs = Number(options.runs);

const database = await createTestDb();
const { id, paragraphs } = await loadNtrex(database.db);
const app = await startApp(root, database.url, !process.env.BENCH_SKIP_BUILD);
const pagePath = `/documents/${id}`;
const html = await (await fetch(app.url + pagePath)).text();
const floor = await startStatic(html, path.join(root, ".next/static"));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

try {
  console.log(`document: ${paragraphs} paragraphs; page: ${(html.length / 1e6).toFixed(2)} MB of HTML; ${runs} runs each`);
  const samples = { app: [] as { cold: PaintTiming; warm: PaintTiming }[], floor: [] as { cold: PaintTiming; warm: PaintTiming }[] };
  await measurePaint(browser, app.url + pagePath); // one unmeasured load so neither server is measured cold-started
  await measurePaint(browser, floor.url);
  for (let run = 0; run < runs; run++) {
    samples.app.push(await measurePaint(browser, app.url + pagePath));
    samples.floor.push(await measurePaint(browser, floor.url));
  }
  const row = (label: string, pick: (s: { cold: PaintTiming; warm: PaintTiming }) => number) => {
    const a = median(samples.app.map(pick));
    const f = median(samples.floor.map(pick));
    console.log(`${label.padEnd(10)} ${a.toFixed(1).padStart(9)} ${f.toFixed(1).padStart(9)} ${(a / f).toFixed(2).padStart(7)}×`);
  };
  console.log(`\nmedians (ms)     app     floor   ratio`);
  row("TTFB cold", (s) => s.cold.ttfb);
  row("FCP cold", (s) => s.cold.fcp);
  row("TTFB warm", (s) => s.warm.ttfb);
  row("FCP warm", (s) => s.warm.fcp);

  const page = await browser.newPage();
  await page.goto(app.url + pagePath, { waitUntil: "networkidle" });
  await page.waitForSelector(`#p-${paragraphs - 1}`, { state: "attached" });
  await page.waitForSelector("[data-s][tabindex]"); // set by the reader's client code once it runs
  await page.waitForTimeout(1000); // an open document: every streamed slice is in and hydrated
  if (options["editor-open"]) await page.click(options["editor-open"]);
  const latencies = await measureKeypressToPaint(page, options["editor-selector"], "pemerintahan daerah");
  console.log(
    `\nkeypress → paint in ${options["editor-selector"]} (${latencies.length} keys): median ${median(latencies).toFixed(1)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await floor.stop();
  app.stop();
  await database.dispose();
}
