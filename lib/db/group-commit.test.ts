import { describe, expect, it } from "vitest";
import { GroupCommit, type OpenTransaction } from "./group-commit";
import type { SqlRunner } from "./lean-sql";

/** A transaction that only records its statements, so the tests can read what a group did. */
function recorder(options: { failCommit?: boolean } = {}) {
  const log: string[] = [];
  let transactions = 0;
  const begin = async (): Promise<OpenTransaction> => {
    transactions++;
    log.push("BEGIN");
    const runner: SqlRunner = {
      query: async () => [],
      execute: async (sql) => {
        log.push(sql.sql.startsWith("SAVEPOINT") || sql.sql.startsWith("RELEASE") || sql.sql.startsWith("ROLLBACK TO") ? sql.sql.split(" ")[0] : sql.sql);
        return 1;
      },
    };
    return {
      runner,
      commit: async () => {
        if (options.failCommit) throw new Error("disk full");
        log.push("COMMIT");
      },
      rollback: async () => void log.push("ROLLBACK"),
    };
  };
  return { log, begin, transactions: () => transactions };
}

const write = (name: string) => (tx: SqlRunner) => tx.execute({ sql: name, text: name, values: [] } as never).then(() => name);

describe("GroupCommit", () => {
  it("runs units that arrive together in one transaction, each in its own savepoint, and answers after the commit", async () => {
    const { log, begin, transactions } = recorder();
    const group = new GroupCommit(begin);
    const answers = await Promise.all([group.run(write("a")), group.run(write("b")), group.run(write("c"))]);
    expect(answers).toEqual(["a", "b", "c"]);
    expect(transactions()).toBe(1);
    expect(log).toEqual(["BEGIN", "SAVEPOINT", "a", "RELEASE", "SAVEPOINT", "b", "RELEASE", "SAVEPOINT", "c", "RELEASE", "COMMIT"]);
  });

  it("rolls back only the unit that failed and gives it its own error", async () => {
    const { log, begin } = recorder();
    const group = new GroupCommit(begin);
    const failing = group.run(async (tx) => {
      await write("x")(tx);
      throw new Error("stale");
    });
    const [ok, failed] = await Promise.allSettled([group.run(write("a")), failing]);
    expect(ok).toEqual({ status: "fulfilled", value: "a" });
    expect(failed).toMatchObject({ status: "rejected", reason: new Error("stale") });
    expect(log).toEqual(["BEGIN", "SAVEPOINT", "x", "ROLLBACK", "RELEASE", "SAVEPOINT", "a", "RELEASE", "COMMIT"]);
  });

  it("fails every unit of a group whose commit fails, none of them acknowledged", async () => {
    const { log, begin } = recorder({ failCommit: true });
    const group = new GroupCommit(begin);
    const outcomes = await Promise.allSettled([group.run(write("a")), group.run(write("b"))]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    expect(log.at(-1)).toBe("ROLLBACK");
  });

  it("starts a new transaction for units that arrive after a group has begun, and splits groups above the limit", async () => {
    const { begin, transactions } = recorder();
    const group = new GroupCommit(begin, 2);
    await Promise.all([group.run(write("a")), group.run(write("b")), group.run(write("c"))]);
    expect(transactions()).toBe(2);
    await group.run(write("d"));
    expect(transactions()).toBe(3);
  });
});
