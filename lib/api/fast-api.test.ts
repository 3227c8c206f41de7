import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { seedReviewDocument } from "@/lib/db/review-fixture";
import { createTestDb } from "@/lib/db/test-db";
import { listHistory } from "@/lib/review/list-history";
import { MAX_BODY_BYTES, withFastApi } from "./fast-api";

let db: Db;
let dispose: () => Promise<void>;
let server: http.Server;
let base: string;
const handedOn: string[] = [];

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  server = http.createServer(
    withFastApi(db, (request, response) => {
      handedOn.push(`${request.method} ${request.url}`);
      response.writeHead(418).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await dispose();
});

const put = (path: string, body: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body });

describe("the save route on node:http", () => {
  it("saves through the same code as the Next.js route and answers with the new version", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Kim tiba.", machine: "Kim arrive." }]);
    const response = await put(`/api/paragraphs/${ids[0]}`, JSON.stringify({ text: "Kim arrived.", version: 2 }));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ id: ids[0], text: "Kim arrived.", status: "edited", sourceStale: false, version: 3 });
    expect((await listHistory(db, ids[0]))[0]).toMatchObject({ text: "Kim arrived.", origin: "tool" });
  });

  it("answers a stale version with 409 in the language the request asks for", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "Putin tiba.", machine: "Putin arrived." }]);
    const response = await put(`/api/paragraphs/${ids[0]}?from=script`, JSON.stringify({ text: "Mine.", version: 1 }), { "accept-language": "id" });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.current).toEqual({ text: "Putin arrived.", status: "machine", version: 2 });
    expect(body.error.message).toContain("kini versi 2");
  });

  it("refuses a body above the limit with 413 and a translated message, storing nothing", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "A.", machine: "A." }]);
    const huge = JSON.stringify({ text: "x".repeat(MAX_BODY_BYTES), version: 2 });
    const response = await put(`/api/paragraphs/${ids[0]}`, huge, { cookie: "selaras-lang=id" });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toEqual({ code: "requestTooLarge", message: "Isi permintaan lebih besar dari 1 MB, jadi tidak dibaca." });
    expect(await listHistory(db, ids[0])).toHaveLength(1);
  });

  it("answers a body that is not JSON with 400", async () => {
    const { ids } = await seedReviewDocument(db, [{ source: "B.", machine: "B." }]);
    const response = await put(`/api/paragraphs/${ids[0]}`, "{text:");
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalidRequest");
  });

  it("hands every other request to Next.js", async () => {
    handedOn.length = 0;
    await fetch(`${base}/api/paragraphs/1`);
    await fetch(`${base}/api/paragraphs/1/history`, { method: "PUT", body: "{}" });
    await fetch(`${base}/documents/1`);
    expect(handedOn).toEqual(["GET /api/paragraphs/1", "PUT /api/paragraphs/1/history", "GET /documents/1"]);
  });
});
