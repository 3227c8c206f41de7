/** Per-file test set-up: a private migrated database and an in-process fake DeepL server, reset before each test. */
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/test-db";
import { startFakeDeepl, type FakeDeepl, type FakeDeeplOptions } from "@/scripts/fake-deepl/server";

export interface TranslationTestEnv {
  db: Db;
  /** The database's URL, for a child process that opens it too. */
  url: string;
  fake: FakeDeepl;
}

export function setUpTranslationTests(fakeOptions: FakeDeeplOptions = {}): TranslationTestEnv {
  const env = {} as TranslationTestEnv;
  let dispose = async () => {};
  beforeAll(async () => {
    ({ db: env.db, url: env.url, dispose } = await createTestDb());
    env.fake = await startFakeDeepl(fakeOptions);
  });
  afterAll(async () => {
    await env.fake.close();
    await dispose();
  });
  beforeEach(() => env.fake.reset());
  return env;
}
