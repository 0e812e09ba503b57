// Per-file atomic writes with grouped commits. Each file is written inside its own SAVEPOINT (all of it or
// none of it); the enclosing transaction is committed at most `maxMs` after it began. Committing every file
// separately costs a WAL commit per file, which dominated the import time of small reports. If a commit
// fails, every file of that group is rolled back together and reported through onLost.
import type { Db } from '../db/open.js';

export interface BatchWriterHooks {
  /** runs first inside a new group's transaction (e.g. deferring work to the group's end) */
  afterBegin?: () => void;
  /** runs inside the group's transaction just before COMMIT (work deferred to the group, e.g. indexing) */
  beforeCommit?: () => void;
}

export class BatchWriter<T> {
  private own = false;
  private timer: NodeJS.Timeout | undefined;
  private pending: Array<{ label: string; result: T }> = [];

  constructor(
    private readonly db: Db,
    private readonly onLost: (lost: Array<{ label: string; result: T }>, error: unknown) => void,
    private readonly maxMs = 200,
    private readonly hooks: BatchWriterHooks = {},
  ) {}

  /** Runs fn atomically (a savepoint inside the open group). Throws what fn throws, nothing of it kept. */
  write(label: string, fn: () => T): T {
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.own = true;
      this.pending = [];
      this.timer = setTimeout(() => this.commit(), this.maxMs);
      try {
        this.hooks.afterBegin?.();
      } catch (e) {
        this.abandon();
        throw e;
      }
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
    if (!this.db.inTransaction) return; // ended from outside (an error rolled it back): nothing to commit
    try {
      this.hooks.beforeCommit?.();
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.onLost(group, e);
    }
  }

  /** The group could not start: roll back what was begun (no file of it was written yet). */
  private abandon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.own = false;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }
}
