import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Tests that start built app servers (`npm run test:integration`): run after `next build`, apart from the unit tests.
export default defineConfig({ ...base, test: { ...base.test, include: ["scripts/**/*.integration.ts"], testTimeout: 120_000 } });
