import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";

export interface Running {
  url: string;
  stop: () => Promise<void>;
}

const TYPES: Record<string, string> = { ".css": "text/css", ".js": "application/javascript", ".woff2": "font/woff2" };

/**
 * The floor: a plain Node server answering `/` with one fixed HTML file and `/_next/static/…` from the build,
 * with the same cache headers Next gives those assets, so both servers hand the browser the same bytes.
 */
export async function startStatic(html: string, staticDir: string): Promise<Running> {
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    if (pathname.startsWith("/_next/static/")) {
      const file = path.join(staticDir, path.normalize(pathname.slice("/_next/static/".length)));
      if (!file.startsWith(staticDir) || !fs.existsSync(file)) return response.writeHead(404).end();
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "public, max-age=31536000, immutable" });
      return fs.createReadStream(file).pipe(response);
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" });
    response.end(html);
  });
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
