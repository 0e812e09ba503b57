// Per-file atomic writes with grouped commits. Each file is written inside its own SAVEPOINT (all of it or
// none of it); the enclosing transaction is committed at most `maxMs` after it began. Committing every file
// separately costs a WAL commit per file, which dominated the import time of small reports. If a commit
// fails, every file of that group is rolled back together and reported through onLost.
import type { Db } from '../db/open.js';

export class BatchWriter<T> {
  private own = false;
  private timer: NodeJS.Timeout | undefined;
  private pending: Array<{ label: string; result: T }> = [];

  constructor(
    private readonly db: Db,
    private readonly onLost: (lost: Array<{ label: string; result: T }>, error: unknown) => void,
    private readonly maxMs = 200,
  ) {}

  /** Runs fn atomically (a savepoint inside the open group). Throws what fn throws, nothing of it kept. */
  write(label: string, fn: () => T): T {
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.own = true;
      this.pending = [];
      this.timer = setTimeout(() => this.commit(), this.maxMs);
    }
    const result = this.db.transaction(fn)();
    if (this.own) this.pending.push({ label, result });
    return result;
  }

  /** Commits the open group (also called by the timer). */
  commit(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.own) return;
    this.own = false;
    const group = this.pending;
    this.pending = [];
    if (!this.db.inTransaction) return;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.onLost(group, e);
    }
  }
}
