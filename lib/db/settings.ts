import type { Db } from "./client";
import type { DbTx } from "./transaction";
import { isUniqueViolation } from "./unique-violation";

export async function readSetting(db: Db, key: string): Promise<string | null> {
  return (await db.setting.findUnique({ where: { key } }))?.value ?? null;
}

export async function writeSetting(db: Db | DbTx, key: string, value: string): Promise<void> {
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

export async function deleteSetting(db: Db, key: string): Promise<void> {
  await db.setting.deleteMany({ where: { key } });
}

/**
 * Runs `work` once per database: inside one transaction that first inserts `key`, so a second caller at the same
 * time (another app instance booting) waits on that key, then finds it taken and gets null. The key ends up
 * holding what `work` returns; if `work` fails, nothing is kept and a later call tries again.
 */
export async function onceForDatabase<T extends string | number>(db: Db, key: string, work: (tx: DbTx) => Promise<T>): Promise<T | null> {
  if ((await readSetting(db, key)) !== null) return null;
  try {
    return await db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key, value: "" } });
      const result = await work(tx);
      await writeSetting(tx, key, String(result));
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
