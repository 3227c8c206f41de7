/** The e2e server's own database (never a developer's), shared by the Playwright config and the fixtures. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
