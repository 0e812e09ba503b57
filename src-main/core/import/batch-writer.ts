// Per-file atomic writes with grouped commits. Each file is written inside its own SAVEPOINT (all of it or
// none of it); the enclosing transaction is committed at most `maxMs` after it began. Committing every file
// separately costs a WAL commit per file, which dominated the import time of small reports.
import type { Db } from '../db/open.js';

export class BatchWriter {
  private own = false;
  private timer: NodeJS.Timeout | undefined;
  /** labels written since the last commit, so a failed commit can report them */
  private pendingLabels: string[] = [];

  constructor(
    private readonly db: Db,
    private readonly maxMs = 200,
  ) {}

  /** Runs fn atomically (a savepoint inside the open batch). Throws what fn throws, nothing kept. */
  write<T>(label: string, fn: () => T): T {
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.own = true;
      this.pendingLabels = [];
      this.timer = setTimeout(() => this.commit(), this.maxMs);
    }
    const result = this.db.transaction(fn)();
    this.pendingLabels.push(label);
    return result;
  }

  /** Commits the open batch. Returns the labels lost if the commit itself failed (then rolled back). */
  commit(): string[] {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.own || !this.db.inTransaction) {
      this.own = false;
      return [];
    }
    this.own = false;
    try {
      this.db.exec('COMMIT');
      return [];
    } catch {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      return this.pendingLabels;
    } finally {
      this.pendingLabels = [];
    }
  }
}
