// Import jobs: each import.start / import.upload becomes a job with an id; jobs run one after another (SQLite
// writes are serial anyway) and report progress as import.progress events. A job can be cancelled while
// queued or running (the runner stops after the file in hand).
import { randomUUID } from 'node:crypto';
import type { EventPayload } from '../../shared/contract.js';

export type ImportProgress = EventPayload<'import.progress'>;

/** What a runner reports as it goes; the job fills jobId, finished and cancelled. */
export type RunnerProgress = Omit<ImportProgress, 'jobId' | 'finished' | 'cancelled'>;

/** One import: runs to the end (or until the signal aborts), calling onProgress after each file. */
export type ImportTask = (opts: { signal: AbortSignal; onProgress: (p: RunnerProgress) => void }) => Promise<void>;

interface Job {
  progress: ImportProgress;
  abort: AbortController;
  cleanup?: () => void;
}

const KEEP_FINISHED = 50;

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly emit: (p: ImportProgress) => void) {}

  start(task: ImportTask, cleanup?: () => void): string {
    const jobId = randomUUID();
    const job: Job = {
      progress: { jobId, done: 0, total: 0, current: null, imported: 0, duplicates: 0, unsupported: 0, failed: [], finished: false, cancelled: false },
      abort: new AbortController(),
      cleanup,
    };
    this.jobs.set(jobId, job);
    this.prune();
    this.queue = this.queue.then(() => this.run(job, task));
    return jobId;
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.progress.finished) return false;
    job.abort.abort();
    return true;
  }

  status(jobId: string): ImportProgress | undefined {
    const job = this.jobs.get(jobId);
    return job ? { ...job.progress, failed: [...job.progress.failed] } : undefined;
  }

  /** Cancels every queued or running job (shutdown). */
  cancelAll(): void {
    for (const j of this.jobs.values()) if (!j.progress.finished) j.abort.abort();
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: Job, task: ImportTask): Promise<void> {
    const publish = () => this.emit({ ...job.progress, failed: [...job.progress.failed] });
    try {
      if (!job.abort.signal.aborted) {
        await task({
          signal: job.abort.signal,
          onProgress: (p) => {
            Object.assign(job.progress, p);
            publish();
          },
        });
      }
    } catch (e) {
      job.progress.failed.push({ file: '', error: `导入中断：${(e as Error).message}` });
    } finally {
      job.progress.current = null;
      job.progress.finished = true;
      job.progress.cancelled = job.abort.signal.aborted;
      try {
        job.cleanup?.();
      } catch {
        // temporary upload files: best effort
      }
      publish();
    }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.progress.finished);
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.progress.jobId);
  }
}
