import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { fetchPage, USER_AGENT, type FetchOptions } from "./fetch-page";

const PAGE = "<!doctype html><html><head><title>Berita</title></head><body><p>Halo dunia.</p></body></html>";
let base: string;
let port: number;
const server = http.createServer((request, response) => {
  const path = request.url ?? "/";
  const redirect = (to: string, status = 302) => response.writeHead(status, { location: to }).end();
  if (path === "/page") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  if (path === "/agent") return response.writeHead(200, { "content-type": "text/html" }).end(`<p>${request.headers["user-agent"]}|${request.headers.host}</p>`);
  if (path === "/r1") return redirect("/r2", 301);
  if (path === "/r2") return redirect(`${base}/r3`, 307);
  if (path === "/r3") return redirect("/page", 308);
  if (path.startsWith("/hops/")) {
    const left = Number(path.slice(6));
    return left === 0 ? redirect("/page") : redirect(`/hops/${left - 1}`);
  }
  if (path === "/to-other-loopback") return redirect(`http://127.0.0.2:${port}/page`);
  if (path === "/to-metadata") return redirect("http://169.254.169.254/latest/meta-data/");
  if (path === "/to-ipv6-loopback") return redirect(`http://[::1]:${port}/page`);
  if (path === "/to-file") return redirect("file:///etc/passwd");
  if (path === "/big") {
    response.writeHead(200, { "content-type": "text/html" });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < 200 && response.write(chunk)) sent++;
      if (sent < 200) response.once("drain", pump);
      else response.end();
    };
    return pump();
  }
  if (path === "/big-declared") return response.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 * 1024) }).end();
  if (path === "/gzip-bomb") return response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
  if (path === "/gzip") return response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(PAGE));
  if (path === "/latin1") return response.writeHead(200, { "content-type": 'text/html; charset="ISO-8859-1"' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  if (path === "/xhtml") return response.writeHead(200, { "content-type": "application/xhtml+xml" }).end(PAGE);
  if (path === "/slow") return setTimeout(() => response.writeHead(200, { "content-type": "text/html" }).end(PAGE), 2_000);
  if (path === "/trickle") {
    response.writeHead(200, { "content-type": "text/html" });
    const timer = setInterval(() => response.write("<p>x</p>"), 50);
    return response.on("close", () => clearInterval(timer));
  }
  if (path === "/pdf") return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
  if (path === "/untyped") return response.writeHead(200).end(PAGE);
  return response.writeHead(404, { "content-type": "text/html" }).end("<p>Tidak ditemukan</p>");
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The setting off, with only the test server's own address let through.
const LOCAL: FetchOptions = { allowPrivate: false, trustedAddresses: ["127.0.0.1"] };

describe("fetchPage", () => {
  it("fetches a page with an honest User-Agent", async () => {
    const page = await fetchPage(`${base}/page`, LOCAL);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    expect(page).toMatchObject({ url: `${base}/page`, charset: "utf-8" });
    const agent = await fetchPage(`${base}/agent`, LOCAL);
    expect(new TextDecoder().decode(agent.bytes)).toBe(`<p>${USER_AGENT}|127.0.0.1:${port}</p>`);
  });

  it("follows a redirect chain and reports the final URL", async () => {
    expect((await fetchPage(`${base}/r1`, LOCAL)).url).toBe(`${base}/page`);
    expect((await fetchPage(`${base}/hops/4`, LOCAL)).url).toBe(`${base}/page`);
  });

  it("refuses a sixth redirect", async () => {
    expect((await refusal(() => fetchPage(`${base}/hops/5`, LOCAL))).code).toBe("urlTooManyRedirects");
  });

  it("reads gzip bodies, charsets and XHTML", async () => {
    expect(new TextDecoder().decode((await fetchPage(`${base}/gzip`, LOCAL)).bytes)).toBe(PAGE);
    expect((await fetchPage(`${base}/latin1`, LOCAL)).charset).toBe("ISO-8859-1");
    expect((await fetchPage(`${base}/xhtml`, LOCAL)).bytes.byteLength).toBe(PAGE.length);
  });

  it.each(["/to-other-loopback", "/to-metadata", "/to-ipv6-loopback"])("refuses a redirect to a private address: %s", async (path) => {
    expect((await refusal(() => fetchPage(`${base}${path}`, LOCAL))).code).toBe("urlPrivateAddress");
  });

  it("refuses a redirect to another scheme", async () => {
    expect((await refusal(() => fetchPage(`${base}/to-file`, LOCAL))).code).toBe("urlUnsupportedScheme");
  });

  it.each([
    "http://127.0.0.1:PORT/page", "http://localhost:PORT/page", "http://[::1]:PORT/page", "http://2130706433:PORT/page",
    "http://0x7f.1:PORT/page", "http://[::ffff:127.0.0.1]:PORT/page", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0:PORT/",
  ])("refuses %s with the setting off", async (url) => {
    expect((await refusal(() => fetchPage(url.replace("PORT", String(port)), { allowPrivate: false }))).code).toBe("urlPrivateAddress");
  });

  it("reaches private addresses when the setting allows them, from the environment too, but never metadata", async () => {
    expect((await fetchPage(`${base}/r1`, { allowPrivate: true })).url).toBe(`${base}/page`);
    process.env.SELARAS_ALLOW_PRIVATE_URLS = "1";
    try {
      expect((await fetchPage(`${base}/page`)).url).toBe(`${base}/page`);
      expect((await refusal(() => fetchPage(`${base}/to-metadata`))).code).toBe("urlPrivateAddress");
    } finally {
      delete process.env.SELARAS_ALLOW_PRIVATE_URLS;
    }
    expect((await refusal(() => fetchPage(`${base}/page`))).code).toBe("urlPrivateAddress");
  });

  it("connects to the address it checked, resolving each host once", async () => {
    const asked: string[] = [];
    const resolve = async (hostname: string) => {
      asked.push(hostname);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const page = await fetchPage(`http://berita.test:${port}/agent`, { ...LOCAL, resolve });
    expect(new TextDecoder().decode(page.bytes)).toBe(`<p>${USER_AGENT}|berita.test:${port}</p>`);
    expect(asked).toEqual(["berita.test"]);
  });

  it("refuses a host when any of its addresses is private", async () => {
    const resolve = async () => [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.8", family: 4 }];
    expect((await refusal(() => fetchPage("http://campuran.test/", { allowPrivate: false, resolve }))).code).toBe("urlPrivateAddress");
  });

  it.each([
    ["/big", "urlTooLarge"],
    ["/big-declared", "urlTooLarge"],
    ["/gzip-bomb", "urlTooLarge"],
    ["/pdf", "urlNotHtml"],
    ["/untyped", "urlNotHtml"],
    ["/missing", "urlHttpError"],
  ])("refuses %s", async (path, code) => {
    expect((await refusal(() => fetchPage(`${base}${path}`, { ...LOCAL, maxBytes: 1024 * 1024 }))).code).toBe(code);
  });

  it.each(["/slow", "/trickle"])("gives up on %s after the overall timeout", async (path) => {
    const started = Date.now();
    const error = await refusal(() => fetchPage(`${base}${path}`, { ...LOCAL, timeoutMs: 300 }));
    expect(error.code).toBe("urlTimeout");
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it.each([
    ["not a URL", "urlInvalid"],
    ["javascript:alert(1)", "urlUnsupportedScheme"],
  ])("refuses %s before any request", async (url, code) => {
    expect((await refusal(() => fetchPage(url))).code).toBe(code);
  });

  it("reports a host that does not resolve", async () => {
    const resolve = async () => {
      throw new Error("ENOTFOUND");
    };
    expect((await refusal(() => fetchPage("http://tidak-ada.test/", { resolve }))).code).toBe("urlUnresolvable");
  });

  it("reports a connection that fails", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect((await refusal(() => fetchPage(`http://127.0.0.1:${closedPort}/`, LOCAL))).code).toBe("urlFetchFailed");
  });
});
