import { Prisma } from "./generated/client";
import type { SqlRunner } from "./lean-sql";

/** A transaction as the group commit drives it: statements, then commit or roll back (each also releases it). */
export interface OpenTransaction {
  runner: SqlRunner;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

type Work<T> = (tx: SqlRunner) => Promise<T>;
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Member {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const SAVEPOINT = Prisma.sql`SAVEPOINT group_member`;
const RELEASE = Prisma.sql`RELEASE SAVEPOINT group_member`;
const ROLLBACK_MEMBER = Prisma.sql`ROLLBACK TO SAVEPOINT group_member`;

/**
 * Group commit for one SQLite connection, where writes run one transaction at a time anyway:
 * the units of work that arrive while a transaction is open wait, then run together in the next
 * one, each inside its own savepoint, and are acknowledged once that transaction has committed
 * (synced to disk). One sync then covers many saves instead of one. A unit that fails rolls
 * back only its own savepoint and gets its error; a commit that fails fails every unit of its
 * group, none of which was acknowledged. A unit must not start another lean transaction: it would wait for itself.
 */
export class GroupCommit {
  #queue: Member[] = [];
  #draining = false;

  constructor(
    private readonly begin: () => Promise<OpenTransaction>,
    private readonly maxGroup = 64,
  ) {}

  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // After the current round of I/O callbacks, so every request that arrived with this one joins its group.
      if (!this.#draining) {
        this.#draining = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) await this.#commitGroup(this.#queue.splice(0, this.maxGroup));
    } finally {
      this.#draining = false;
    }
  }

  async #commitGroup(members: Member[]): Promise<void> {
    let tx: OpenTransaction | undefined;
    const outcomes: Outcome[] = [];
    try {
      tx = await this.begin();
      for (const member of members) outcomes.push(await runMember(tx.runner, member.work));
      await tx.commit();
    } catch (error) {
      await tx?.rollback().catch(() => {});
      for (const member of members) member.reject(error);
      return;
    }
    members.forEach((member, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) member.resolve(outcome.value);
      else member.reject(outcome.error);
    });
  }
}

async function runMember(runner: SqlRunner, work: Work<unknown>): Promise<Outcome> {
  await runner.execute(SAVEPOINT);
  try {
    const value = await work(runner);
    await runner.execute(RELEASE);
    return { ok: true, value };
  } catch (error) {
    await runner.execute(ROLLBACK_MEMBER);
    await runner.execute(RELEASE);
    return { ok: false, error };
  }
}
