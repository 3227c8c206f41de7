/**
 * The floor baseline: a bare node:http server doing the save transaction by hand (read the
 * version, write the paragraph, insert a revision) with no framework and no ORM. Same database,
 * same SQLite settings as the app. Run as its own process: prints "listening <port>".
 */
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, sqliteFilePath } from "@/lib/db/database-url";

interface Outcome {
  status: number;
  body: unknown;
}

type Save = (id: number, text: string, version: number) => Promise<Outcome>;

function conflict(current: { targetText: string | null; status: string; version: number }): Outcome {
  return { status: 409, body: { error: { code: "versionConflict", message: "stale version" }, current: { text: current.targetText, status: current.status, version: current.version } } };
}

function sqliteSave(url: string | undefined): Save {
  const sqlite = new Database(sqliteFilePath(url), { timeout: 5000 });
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  const read = sqlite.prepare<[number], { targetText: string | null; status: string; version: number }>(`SELECT "targetText", "status", "version" FROM "Paragraph" WHERE "id" = ?`);
  const write = sqlite.prepare(`UPDATE "Paragraph" SET "targetText" = ?, "status" = 'edited', "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? AND "version" = ?`);
  const log = sqlite.prepare(`INSERT INTO "Revision" ("paragraphId", "field", "text", "status", "origin", "version", "createdAt") VALUES (?, 'target', ?, 'edited', 'tool', ?, ?)`);
  const save = sqlite.transaction((id: number, text: string, version: number): Outcome => {
    const current = read.get(id);
    if (!current) return { status: 404, body: { error: { code: "paragraphNotFound", message: "unknown" } } };
    if (current.version !== version) return conflict(current);
    const now = new Date().toISOString();
    write.run(text, now, id, version);
    log.run(id, text, version + 1, now);
    return { status: 200, body: { id, text, status: "edited", version: version + 1 } };
  });
  return async (id, text, version) => save(id, text, version);
}

function postgresSave(url: string): Save {
  const pool = new pg.Pool({ connectionString: url, max: 32 });
  return async (id, text, version) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query(`SELECT "targetText", "status", "version" FROM "Paragraph" WHERE "id" = $1 FOR UPDATE`, [id]);
      if (rows.length === 0 || rows[0].version !== version) {
        await client.query("ROLLBACK");
        return rows.length === 0 ? { status: 404, body: {} } : conflict(rows[0]);
      }
      const now = new Date();
      await client.query(`UPDATE "Paragraph" SET "targetText" = $1, "status" = 'edited', "version" = "version" + 1, "updatedAt" = $2 WHERE "id" = $3`, [text, now, id]);
      await client.query(`INSERT INTO "Revision" ("paragraphId", "field", "text", "status", "origin", "version", "createdAt") VALUES ($1, 'target', $2, 'edited', 'tool', $3, $4)`, [id, text, version + 1, now]);
      await client.query("COMMIT");
      return { status: 200, body: { id, text, status: "edited", version: version + 1 } };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
}

const url = process.env.DATABASE_URL;
const save = isPostgresUrl(url) ? postgresSave(url!) : sqliteSave(url);

const server = http.createServer((request, response) => {
  const match = /^\/api\/paragraphs\/(\d+)$/.exec(request.url ?? "");
  let raw = "";
  request.setEncoding("utf8");
  request.on("data", (chunk: string) => (raw += chunk));
  request.on("end", async () => {
    let outcome: Outcome;
    try {
      const body = JSON.parse(raw) as { text: string; version: number };
      outcome = match && request.method === "PUT" ? await save(Number(match[1]), body.text, body.version) : { status: 404, body: {} };
    } catch (error) {
      outcome = error instanceof SyntaxError ? { status: 400, body: { error: { code: "invalidRequest" } } } : { status: 500, body: { error: { code: "unexpected", message: String(error) } } };
    }
    response.writeHead(outcome.status, { "content-type": "application/json" }).end(JSON.stringify(outcome.body));
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
