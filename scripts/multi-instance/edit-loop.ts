/** One acknowledged save: the API answered 200 with this version for this text. */
export interface AckedEdit {
  id: number;
  version: number;
  text: string;
}

export interface EditLog {
  acked: AckedEdit[];
  /** Texts sent per paragraph, answered or not: anything else in the history would be a phantom edit. */
  sent: Map<number, Set<string>>;
  /** Answers other than 200 and 409, and network errors while the instance was meant to be up. */
  failures: string[];
}

export const emptyEditLog = (): EditLog => ({ acked: [], sent: new Map(), failures: [] });

export interface EditLoopOptions {
  url: string;
  label: string;
  ids: readonly number[];
  /** Each paragraph's version when the loop starts. */
  versions: ReadonlyMap<number, number>;
  log: EditLog;
  /** False ends the loop after the request in flight. */
  running: () => boolean;
  /** True once the instance has been killed on purpose: its network errors are then expected. */
  killed: () => boolean;
}

/**
 * Saves edits through PUT /api/paragraphs/{id} one after another, cycling over `ids` and sending the version it
 * last saw (a 409 carries the current one), as a reviewer's browser would.
 */
export async function editLoop(options: EditLoopOptions): Promise<void> {
  const known = new Map(options.versions);
  for (let n = 0; options.running(); n++) {
    const id = options.ids[n % options.ids.length];
    const text = `Suntingan ${options.label} ${n}: the regional budget rose by Rp1.5 trillion.`;
    options.log.sent.set(id, (options.log.sent.get(id) ?? new Set()).add(text));
    try {
      const response = await fetch(`${options.url}/api/paragraphs/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, version: known.get(id) }),
      });
      const body = (await response.json()) as { version?: number; current?: { version: number } };
      if (response.status === 200) {
        options.log.acked.push({ id, version: body.version!, text });
        known.set(id, body.version!);
      } else if (response.status === 409) {
        known.set(id, body.current!.version);
      } else {
        options.log.failures.push(`${options.label} ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
    } catch (error) {
      if (options.killed()) return;
      options.log.failures.push(`${options.label} ${String(error)}`);
    }
  }
}
