/** Where the e2e server writes the fake DeepL server's and the keyless instance's addresses (see scripts/e2e-server.mjs). */
export const E2E_SERVERS_FILE = process.env.E2E_SERVERS_FILE ?? "data/e2e-servers.json";
