import { describe, expect, it } from "vitest";
import { findDiscrepancies, SaveLedger } from "./ledger";

const snapshot = (versions: [number, number][], revisions: [number, number][]) => ({ versions: new Map(versions), revisions: new Map(revisions) });
const ok = (version: number) => JSON.stringify({ version });

describe("findDiscrepancies", () => {
  const before = snapshot([[1, 1], [2, 1]], [[1, 1], [2, 1]]);

  it("finds nothing when the database holds exactly the acknowledged saves", () => {
    const ledger = new SaveLedger();
    ledger.sent(1);
    ledger.sent(1);
    ledger.record(1, 1, 200, ok(2));
    ledger.record(1, 2, 200, ok(3));
    ledger.sent(2);
    ledger.record(2, 1, 409, JSON.stringify({ current: { version: 3 } }));
    expect(findDiscrepancies(ledger, [1, 2], before, snapshot([[1, 3], [2, 1]], [[1, 3], [2, 1]]))).toEqual([]);
    expect(ledger.conflicts).toBe(1);
  });

  it("reports an acknowledged save missing from the database, and a version without its revision", () => {
    const ledger = new SaveLedger();
    ledger.sent(1);
    ledger.record(1, 1, 200, ok(2));
    expect(findDiscrepancies(ledger, [1, 2], before, snapshot([[1, 1], [2, 2]], [[1, 1], [2, 1]]))).toEqual([
      { id: 1, accepted: 1, grown: 0, logged: 0, unknown: 0, duplicates: 0 },
      { id: 2, accepted: 0, grown: 1, logged: 0, unknown: 0, duplicates: 0 },
    ]);
  });

  it("tolerates writes of requests left unanswered, but no more", () => {
    const ledger = new SaveLedger();
    ledger.sent(1);
    expect(findDiscrepancies(ledger, [1], before, snapshot([[1, 2]], [[1, 2]]))).toEqual([]);
    expect(findDiscrepancies(ledger, [1], before, snapshot([[1, 3]], [[1, 3]]))).toHaveLength(1);
  });

  it("flags a 409 that does not carry a newer version, and any other status", () => {
    const ledger = new SaveLedger();
    ledger.record(1, 5, 409, JSON.stringify({ current: { version: 5 } }));
    ledger.record(1, 5, 500, "{}");
    expect([ledger.badConflicts, ledger.failures]).toEqual([1, 1]);
  });
});
