// A small pool of parse workers (worker_threads). Resolves the worker script for the three ways the code runs:
// from .ts under vitest/tsx, bundled CLI (out/cli/parse-worker.mjs), Electron main (out/main/parse-worker.js).
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { JobOutcome, ParseJob } from './process-file.js';
import type { WorkerRequest, WorkerResponse } from './parse-worker.js';

export interface WorkerScript {
  /** a file path, or (eval) JavaScript source that loads the .ts worker through tsx */
  path: string;
  eval: boolean;
}

export function resolveWorkerScript(explicit?: string): WorkerScript {
  const given = explicit ?? process.env.NIANBAO_PARSE_WORKER;
  if (given) return given.endsWith('.ts') ? tsBootstrap(given) : { path: given, eval: false };
  const here = fileURLToPath(import.meta.url);
  const dir = dirname(here);
  if (here.endsWith('.ts')) return tsBootstrap(join(dir, 'parse-worker.ts'));
  // Bundled: this code sits in the entry bundle or in a chunk folder beside it.
  for (const d of [dir, dirname(dir)]) {
    for (const name of ['parse-worker.mjs', 'parse-worker.js']) {
      const p = join(d, name);
      if (existsSync(p)) return { path: p, eval: false };
    }
  }
  throw new Error(`找不到解析线程脚本 parse-worker（在 ${dir} 中）`);
}

/**
 * Running from TypeScript (vitest, tsx): Node 20 does not apply `--import tsx` to a worker's execArgv, so the
 * worker registers tsx's loader itself, then imports the .ts entry.
 */
function tsBootstrap(tsPath: string): WorkerScript {
  const api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs');
  const code = `import(${JSON.stringify(pathToFileURL(api).href)})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(tsPath).href)}); });`;
  return { path: code, eval: true };
}

interface Slot {
  worker: Worker;
  /** ids of the jobs posted to this worker, oldest first: it runs them one at a time in this order */
  queue: number[];
  /** places promised to callers of run() that have not posted their job yet */
  reserved: number;
  /** bytes of uploaded files promised or posted to this worker and not yet answered (each job holds a copy) */
  bytes: number;
  rss: number;
}

interface PendingJob {
  job: ParseJob;
  resolve: (o: JobOutcome) => void;
  slot: Slot;
  timer?: NodeJS.Timeout;
}

/**
 * Jobs posted to a worker ahead of the one it runs. The writing thread answers a worker's result only
 * between two files' writes; with one job at a time the worker sat idle meanwhile.
 */
export const WORKER_QUEUE_DEPTH = 16;
/** Uploaded bytes queued on one worker at most, by default (a larger file still goes to an idle worker). */
const MAX_QUEUED_BYTES = 64 * 1024 * 1024;

const sizeOf = (job: ParseJob) => job.bytes?.byteLength ?? 0;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, PendingJob>();
  private readonly waiting: Array<{ bytes: number; resolve: (s: Slot) => void }> = [];
  private readonly script: WorkerScript;
  private known: string[] = [];
  private nextId = 1;
  private closed = false;

  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private readonly maxQueuedBytes: number;

  /**
   * timeoutMs: a file whose parsing takes longer fails (its worker is replaced), so one pathological file
   * cannot stall the batch. maxHeapMb: a worker's heap limit, so a file that would exhaust memory kills only
   * its worker, not the app. maxQueuedBytes: uploaded bytes queued on one worker at most.
   */
  constructor(size: number, workerPath?: string, opts: { timeoutMs?: number; maxHeapMb?: number; maxQueuedBytes?: number } = {}) {
    this.script = resolveWorkerScript(workerPath);
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.maxHeapMb = opts.maxHeapMb ?? 1024;
    this.maxQueuedBytes = opts.maxQueuedBytes ?? MAX_QUEUED_BYTES;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.script.path, {
      eval: this.script.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    const slot: Slot = { worker, queue: [], reserved: 0, bytes: 0, rss: 0 };
    worker.on('message', (msg: WorkerResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      slot.rss = msg.rss;
      slot.queue = slot.queue.filter((id) => id !== msg.id);
      slot.bytes -= sizeOf(p.job);
      this.startClock(slot);
      this.release(slot);
      p.resolve(msg.outcome);
    });
    worker.on('error', (err) => {
      const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(slot, oom ? '文件过于复杂，解析时内存不足，未导入' : `解析失败：${err.message}`);
    });
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `解析失败：解析线程意外退出（${code}）`);
    });
    if (this.known.length) worker.postMessage({ type: 'known', shas: this.known } satisfies WorkerRequest);
    return slot;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Jobs posted or promised to each worker (at most WORKER_QUEUE_DEPTH each). */
  get queueLengths(): number[] {
    return this.slots.map((s) => this.load(s));
  }

  /** Highest RSS a worker reported (the process RSS seen from that thread). */
  get workerRss(): number {
    return Math.max(0, ...this.slots.map((s) => s.rss));
  }

  /** Hashes already stored: workers answer "duplicate" for them without parsing. */
  setKnown(shas: string[]): void {
    this.known = shas;
    for (const s of this.slots) s.worker.postMessage({ type: 'known', shas } satisfies WorkerRequest);
  }

  /** Runs a job on the least busy worker. */
  async run(job: ParseJob): Promise<JobOutcome> {
    if (this.closed) return { status: 'failed', error: '导入已停止' };
    const slot = await this.acquire(sizeOf(job));
    slot.reserved--;
    if (!this.slots.includes(slot)) return this.run(job); // replaced while this job waited for it
    const id = this.nextId++;
    return new Promise<JobOutcome>((resolve) => {
      this.pending.set(id, { job, resolve, slot });
      slot.queue.push(id);
      this.startClock(slot);
      // Uploaded bytes are copied, not transferred: the caller's buffer stays usable.
      slot.worker.postMessage({ type: 'job', id, job } satisfies WorkerRequest);
    });
  }

  /** The timeout runs for the job a worker is on (the oldest of its queue), not for the ones waiting. */
  private startClock(slot: Slot): void {
    const head = slot.queue[0];
    const p = head === undefined ? undefined : this.pending.get(head);
    if (!p || p.timer) return;
    p.timer = setTimeout(
      () => this.replace(slot, `解析超时（超过 ${Math.round(this.timeoutMs / 1000)} 秒），文件可能已损坏或过于复杂，未导入`),
      this.timeoutMs,
    );
  }

  /** A place on the least busy worker, reserved at once (the caller posts its job a microtask later). */
  private acquire(bytes: number): Promise<Slot> {
    const free = this.leastBusy(bytes);
    if (free) {
      free.reserved++;
      free.bytes += bytes;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push({ bytes, resolve }));
  }

  private load(s: Slot): number {
    return s.queue.length + s.reserved;
  }

  private fits(s: Slot, bytes: number): boolean {
    return this.load(s) < WORKER_QUEUE_DEPTH && (this.load(s) === 0 || s.bytes + bytes <= this.maxQueuedBytes);
  }

  private leastBusy(bytes: number): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (this.fits(s, bytes) && (!best || this.load(s) < this.load(best))) best = s;
    return best;
  }

  /** Hands the slot's free places to the jobs waiting for one, in order. */
  private release(slot: Slot): void {
    while (this.waiting.length && this.fits(slot, this.waiting[0].bytes)) {
      const next = this.waiting.shift()!;
      slot.reserved++;
      slot.bytes += next.bytes;
      next.resolve(slot);
    }
  }

  /**
   * A worker died or overran (a crash in a parser library, a pathological file): the job it was on fails,
   * the jobs queued behind it run again on a fresh worker that takes its place.
   */
  private replace(slot: Slot, error: string): void {
    const idx = this.slots.indexOf(slot);
    if (idx < 0) return;
    this.slots.splice(idx, 1);
    void slot.worker.terminate();
    const [culprit, ...queued] = slot.queue;
    slot.queue = [];
    const fail = this.pending.get(culprit);
    if (fail) {
      this.pending.delete(culprit);
      clearTimeout(fail.timer);
      fail.resolve({ status: 'failed', error });
    }
    const again = queued.map((id) => this.pending.get(id)).filter((p): p is PendingJob => p !== undefined);
    for (const id of queued) this.pending.delete(id);
    if (this.closed) {
      for (const p of again) p.resolve({ status: 'failed', error: '导入已停止' });
      return;
    }
    const fresh = this.spawn();
    this.slots.push(fresh);
    for (const p of again) void this.run(p.job).then(p.resolve);
    this.release(fresh);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.resolve({ status: 'failed', error: '导入已停止' });
    }
  }
}
