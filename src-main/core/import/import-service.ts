// The import service: files (or uploaded bytes) → parsed in workers → written on this thread, one transaction
// per file. Duplicates (same SHA-256) add a path, not a document. A failing file is recorded in import_errors
// and the batch goes on. Cancellation leaves out every file not yet written; nothing is half-written.
import { availableParallelism } from 'node:os';
import type { Db } from '../db/open.js';
import { addDocumentPath, findDocumentBySha, insertDocument, recordImportError } from '../db/documents-repo.js';
import { deferTextIndex, flushTextIndex } from '../db/text-index.js';
import { recheckReport, storeAnalysis } from '../analyze.js';
import { reportForCheckFromExtraction } from '../validate/from-extraction.js';
import { collectFiles, isSkippedName } from './collect-files.js';
import { kindOf } from './parse-file.js';
import { processJob, type JobOutcome, type ParseJob } from './process-file.js';
import { WORKER_QUEUE_DEPTH, WorkerPool } from './worker-pool.js';
import { BatchWriter } from './batch-writer.js';

export interface ImportProgress {
  done: number;
  total: number;
  /** the file just finished */
  current: string;
  imported: number;
  duplicates: number;
  unsupported: number;
  failed: number;
}

export interface ImportOptions {
  /** parse workers; 0 = in-process (tests). Default: cores − 1 (at least 1, at most 4). */
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** worker script override (Electron passes its own) */
  workerPath?: string;
  /** per-file parse timeout in the worker pool (default 120 s) */
  timeoutMs?: number;
}

export interface ImportSummary {
  imported: number;
  duplicates: number;
  unsupported: string[];
  failed: Array<{ file: string; error: string }>;
  /** ids of documents created by this run */
  documentIds: number[];
  cancelled: boolean;
  /** peak RSS seen (main process, workers included) in bytes */
  peakRss: number;
  /** total milliseconds per stage: read/parse/normalize/extract/check (workers), write and analysis (this thread) */
  timings: { read: number; parse: number; normalize: number; extract: number; check: number; write: number; analysis: number };
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * One core stays with this thread, which writes and runs the checks (about half of the CPU time per report):
 * on a 2-core office PC one worker plus this thread beat two workers fighting it for the cores
 * (npm run bench: .html 106 vs 88 reports/s, peak RSS 229 vs 336 MB). Capped to bound memory.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4));
}

export async function importPaths(db: Db, inputs: string[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const collected = collectFiles(inputs);
  const jobs: Array<{ label: string; job: ParseJob }> = collected.files.map((f) => ({ label: f.path, job: { path: f.path, name: f.name } }));
  return runImport(db, jobs, collected.unsupported, collected.missing, opts);
}

/** Browser mode: the files' bytes were uploaded; the name stands in for the path. */
export async function importBuffers(db: Db, files: UploadedFile[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const jobs: Array<{ label: string; job: ParseJob }> = [];
  const unsupported: string[] = [];
  for (const f of files) {
    if (isSkippedName(f.name)) continue;
    if (!kindOf(f.name)) unsupported.push(f.name);
    else jobs.push({ label: f.name, job: { name: f.name, bytes: f.bytes } });
  }
  return runImport(db, jobs, unsupported, [], opts);
}

async function runImport(
  db: Db,
  jobs: Array<{ label: string; job: ParseJob }>,
  unsupported: string[],
  preFailed: Array<{ file: string; error: string }>,
  opts: ImportOptions,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    imported: 0,
    duplicates: 0,
    unsupported,
    failed: [],
    documentIds: [],
    cancelled: false,
    peakRss: 0,
    timings: { read: 0, parse: 0, normalize: 0, extract: 0, check: 0, write: 0, analysis: 0 },
  };
  const total = jobs.length + unsupported.length + preFailed.length;
  let done = unsupported.length;
  const progress = (current: string) =>
    opts.onProgress?.({
      done,
      total,
      current,
      imported: summary.imported,
      duplicates: summary.duplicates,
      unsupported: unsupported.length,
      failed: summary.failed.length,
    });
  const sampleRss = () => {
    const rss = process.memoryUsage().rss;
    if (rss > summary.peakRss) summary.peakRss = rss;
  };

  for (const f of preFailed) {
    fail(db, summary, f.file, f.error);
    done++;
    progress(f.file);
  }

  const known = (db.prepare('SELECT sha256 FROM documents').pluck().all() as string[]);
  const knownSet = new Set(known);
  const workerCount = Math.max(0, Math.min(opts.workers ?? defaultWorkerCount(), jobs.length));
  const pool = workerCount > 0 ? new WorkerPool(workerCount, opts.workerPath, { timeoutMs: opts.timeoutMs }) : null;
  pool?.setKnown(known);
  const signal = opts.signal;

  const writer = new BatchWriter<{ id: number; duplicate: boolean }>(db, (lost, error) => {
    // The group's commit failed: none of its files is in the database after all.
    for (const { label, result } of lost) {
      if (result.duplicate) summary.duplicates--;
      else {
        summary.imported--;
        summary.documentIds = summary.documentIds.filter((id) => id !== result.id);
      }
      fail(db, summary, label, `保存到数据库失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }, undefined, { afterBegin: () => deferTextIndex(db), beforeCommit: () => flushTextIndex(db) });
  const write = (label: string, outcome: JobOutcome) => {
    if (signal?.aborted) return; // not yet written: left out
    sampleRss();
    if (outcome.status === 'failed') fail(db, summary, label, outcome.error);
    else {
      try {
        if (outcome.status === 'ok') {
          for (const k of ['read', 'parse', 'normalize', 'extract', 'check'] as const) summary.timings[k] += outcome.timings[k];
        }
        const t0 = performance.now();
        const result = writer.write(label, () => writeOne(db, label, outcome, summary.timings));
        summary.timings.write += performance.now() - t0;
        if (result.duplicate) summary.duplicates++;
        else {
          summary.imported++;
          summary.documentIds.push(result.id);
        }
      } catch (e) {
        fail(db, summary, label, `保存到数据库失败：${e instanceof Error ? e.message : String(e)}`);
      }
    }
    done++;
    progress(label);
  };

  try {
    if (!pool) {
      for (const { label, job } of jobs) {
        if (signal?.aborted) break;
        write(label, await processJob(job, knownSet));
      }
    } else {
      // Keep every worker's queue full (a group commit takes tens of milliseconds, during which the workers
      // go on) and write results as they come back.
      let next = 0;
      const inFlight = new Set<Promise<void>>();
      const limit = pool.size * (WORKER_QUEUE_DEPTH + 2);
      const aborted = abortPromise(signal);
      while (next < jobs.length && !signal?.aborted) {
        while (inFlight.size < limit && next < jobs.length && !signal?.aborted) {
          const { label, job } = jobs[next++];
          const p: Promise<void> = pool.run(job).then((outcome) => {
            inFlight.delete(p);
            write(label, outcome);
          });
          inFlight.add(p);
        }
        if (inFlight.size > 0) await Promise.race([...inFlight, aborted]);
      }
      if (!signal?.aborted) await Promise.all(inFlight);
    }
  } finally {
    sampleRss();
    writer.commit();
    await pool?.close();
  }
  summary.cancelled = signal?.aborted ?? false;
  return summary;
}

function abortPromise(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function fail(db: Db, summary: ImportSummary, file: string, error: string): void {
  summary.failed.push({ file, error });
  try {
    recordImportError(db, file, error);
  } catch {
    // The database itself failing is reported by the summary; the batch goes on.
  }
}

/** One file, atomically (the caller wraps it in a savepoint): document + path + reports row + extraction, or (duplicate) just the path. */
function writeOne(
  db: Db,
  label: string,
  outcome: Exclude<JobOutcome, { status: 'failed' }>,
  timings: ImportSummary['timings'],
): { id: number; duplicate: boolean } {
  const existing = findDocumentBySha(db, outcome.sha256);
  if (existing !== undefined) {
    // A new location of a stored file: the checks see where a report was imported from (重复导入), so the
    // report is re-checked; the same path imported again changes nothing.
    if (addDocumentPath(db, existing, label)) {
      const t0 = performance.now();
      recheckReport(db, existing);
      timings.analysis += performance.now() - t0;
    }
    return { id: existing, duplicate: true };
  }
  if (outcome.status === 'duplicate') throw new Error('文档已被删除，请重新导入');
  const id = insertDocument(db, {
    sha256: outcome.sha256,
    fileName: baseName(label),
    size: outcome.size,
    record: outcome.record,
  });
  addDocumentPath(db, id, label);
  const t0 = performance.now();
  const { record, extraction } = outcome;
  const report = reportForCheckFromExtraction(extraction, record.text, record.normalizedText, {
    fileName: baseName(label),
    htmlTitle: record.htmlTitle ?? undefined,
  });
  storeAnalysis(db, id, extraction, outcome.signature, { report, findings: outcome.findings });
  timings.analysis += performance.now() - t0;
  return { id, duplicate: false };
}

function baseName(p: string): string {
  const m = /[^/\\]*$/.exec(p);
  return m ? m[0] : p;
}
