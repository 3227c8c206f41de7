import type { Browser, Page } from "@playwright/test";

export interface PaintTiming {
  ttfb: number;
  fcp: number;
}

/** Time to first byte (navigation responseStart) and first contentful paint, both from navigation start. */
async function readTiming(page: Page): Promise<PaintTiming> {
  return page.evaluate(
    () =>
      new Promise<PaintTiming>((resolve) => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntriesByName("first-contentful-paint")[0];
          if (!fcp) return;
          observer.disconnect();
          resolve({ ttfb: navigation.responseStart, fcp: fcp.startTime });
        }).observe({ type: "paint", buffered: true });
      }),
  );
}

/** Cold: a new browser context (empty cache) loading the page; warm: a reload in that context. */
export async function measurePaint(browser: Browser, url: string): Promise<{ cold: PaintTiming; warm: PaintTiming }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  const cold = await readTiming(page);
  await page.reload({ waitUntil: "load" });
  const warm = await readTiming(page);
  await context.close();
  return { cold, warm };
}

/**
 * Keypress to paint: for each key, the time from the keydown event to the first task after the next frame
 * was painted (requestAnimationFrame, then a message posted from it), in the element `selector`.
 */
export async function measureKeypressToPaint(page: Page, selector: string, keys: string, gapMs = 150): Promise<number[]> {
  await page.focus(selector);
  await page.evaluate((target) => {
    const element = document.querySelector(target)!;
    const samples: number[] = [];
    (window as unknown as { keypressSamples: number[] }).keypressSamples = samples;
    element.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  }, selector);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(gapMs);
  }
  return page.evaluate(() => (window as unknown as { keypressSamples: number[] }).keypressSamples);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
