/**
 * What the load generator was told, per paragraph, to check afterwards that the database
 * holds exactly that: no lost update, no phantom one.
 */
export class SaveLedger {
  /** Versions returned by successful saves, per paragraph. */
  readonly accepted = new Map<number, number[]>();
  conflicts = 0;
  /** 409s that did not carry a newer current version, which a client could not recover from. */
  badConflicts = 0;
  /** Any answer other than 200 or 409, with the first few kept to show what went wrong. */
  failures = 0;
  readonly failureSamples: string[] = [];
  /** Requests built but not answered, per paragraph: the load tool stops without waiting for them, so their outcome is unknown. */
  readonly unanswered = new Map<number, number>();

  sent(paragraphId: number): void {
    this.unanswered.set(paragraphId, (this.unanswered.get(paragraphId) ?? 0) + 1);
  }

  record(paragraphId: number, sentVersion: number, status: number, body: string): number | null {
    this.unanswered.set(paragraphId, (this.unanswered.get(paragraphId) ?? 1) - 1);
    if (status === 200) {
      const version = (JSON.parse(body) as { version: number }).version;
      this.accepted.set(paragraphId, [...(this.accepted.get(paragraphId) ?? []), version]);
      return version;
    }
    if (status === 409) {
      this.conflicts++;
      const current = (JSON.parse(body) as { current?: { version?: unknown } }).current?.version;
      if (typeof current !== "number" || current <= sentVersion) {
        this.badConflicts++;
        return null;
      }
      return current;
    }
    this.failures++;
    if (this.failureSamples.length < 3) this.failureSamples.push(`${status} ${body.slice(0, 200)}`);
    return null;
  }

  get saved(): number {
    let total = 0;
    for (const versions of this.accepted.values()) total += versions.length;
    return total;
  }
}

export interface Snapshot {
  versions: Map<number, number>;
  revisions: Map<number, number>;
}

export interface Discrepancy {
  id: number;
  accepted: number;
  grown: number;
  logged: number;
  unknown: number;
  duplicates: number;
}

/**
 * Lost or phantom updates, per paragraph: every acknowledged save must be in the database; the
 * database may hold at most the unanswered requests on top; every version step must have its
 * revision; and no two saves may have been given the same version.
 */
export function findDiscrepancies(ledger: SaveLedger, paragraphIds: readonly number[], before: Snapshot, after: Snapshot): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const id of paragraphIds) {
    const versions = ledger.accepted.get(id) ?? [];
    const entry = {
      id,
      accepted: versions.length,
      grown: (after.versions.get(id) ?? 0) - (before.versions.get(id) ?? 0),
      logged: (after.revisions.get(id) ?? 0) - (before.revisions.get(id) ?? 0),
      unknown: ledger.unanswered.get(id) ?? 0,
      duplicates: versions.length - new Set(versions).size,
    };
    if (entry.accepted > entry.grown || entry.grown > entry.accepted + entry.unknown || entry.logged !== entry.grown || entry.duplicates > 0) found.push(entry);
  }
  return found;
}
