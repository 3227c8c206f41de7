import { describe, expect, it } from "vitest";
import { countLostUpdates, SaveLedger } from "./ledger";

const snapshot = (versions: [number, number][], revisions: [number, number][]) => ({ versions: new Map(versions), revisions: new Map(revisions) });
const ok = (version: number) => JSON.stringify({ version });

describe("countLostUpdates", () => {
  const before = snapshot([[1, 1], [2, 1]], [[1, 1], [2, 1]]);

  it("finds nothing when the database holds exactly the acknowledged saves", () => {
    const ledger = new SaveLedger();
    ledger.sent(1);
    ledger.sent(1);
    ledger.record(1, 1, 200, ok(2));
    ledger.record(1, 2, 200, ok(3));
    ledger.sent(2);
    ledger.record(2, 1, 409, JSON.stringify({ current: { version: 3 } }));
    expect(countLostUpdates(ledger, [1, 2], before, snapshot([[1, 3], [2, 1]], [[1, 3], [2, 1]]))).toBe(0);
    expect(ledger.conflicts).toBe(1);
  });

  it("counts an acknowledged save missing from the database, and a version without its revision", () => {
    const ledger = new SaveLedger();
    ledger.sent(1);
    ledger.record(1, 1, 200, ok(2));
    expect(countLostUpdates(ledger, [1, 2], before, snapshot([[1, 1], [2, 2]], [[1, 1], [2, 1]]))).toBe(1 + 1 + 1);
  });

  it("tolerates writes of requests left unanswered, but no more", () => {
    const ledger = new SaveLedger();
    ledger.sent(1);
    expect(countLostUpdates(ledger, [1], before, snapshot([[1, 2]], [[1, 2]]))).toBe(0);
    expect(countLostUpdates(ledger, [1], before, snapshot([[1, 3]], [[1, 3]]))).toBe(1);
  });

  it("flags a 409 that does not carry a newer version, and any other status", () => {
    const ledger = new SaveLedger();
    ledger.record(1, 5, 409, JSON.stringify({ current: { version: 5 } }));
    ledger.record(1, 5, 500, "{}");
    expect([ledger.badConflicts, ledger.failures]).toEqual([1, 1]);
  });
});
