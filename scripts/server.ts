// `npm start` (after migrating): the production server. Next.js serves the pages and every route but one:
// the JSON save route (PUT /api/paragraphs/{id}) is answered on node:http directly — see lib/api/fast-api.ts.
//   node --import tsx scripts/server.ts [--port 3000] [--hostname 0.0.0.0]   (PORT and HOSTNAME work too)
import http from "node:http";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../lib/db/schema/migrations";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT || "3000" },
    hostname: { type: "string", short: "H", default: process.env.HOSTNAME },
  },
});
const port = Number(args.port);
// next() looks at NODE_ENV as well as `dev`.
(process.env as Record<string, string>).NODE_ENV = "production";

// The database client first: it is shared with the Next.js bundle through a registry symbol (lib/db/client.ts).
const { db } = await import("../lib/db/client");
const { withFastApi } = await import("../lib/api/fast-api");
const { default: next } = await import("next");

const app = next({ dev: false, dir: PROJECT_ROOT, hostname: args.hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer(withFastApi(db, (request, response) => void handle(request, response)));
server.listen(port, args.hostname, () => {
  process.stdout.write(`Selaras is ready on http://${args.hostname ?? "localhost"}:${port}\n`);
});

// No signal handlers here: SIGTERM ends the process at once, except that the translation worker, when running,
// first hands its jobs back to the queue (lib/translate/run-worker-in-server.ts) and then exits.
