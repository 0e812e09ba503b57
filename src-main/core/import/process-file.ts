// The per-file work that runs in a worker (or in-process): read bytes → hash → decode → parse → normalise →
// extract. Pure with respect to the database: the main thread writes the outcome.
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { toDocumentRecord, type DocumentRecord } from '../db/documents-repo.js';
import type { ExtractionResult } from '../extract/types.js';
import { extractReport } from '../extract/index.js';
import { normalize } from '../normalize/index.js';
import { ImportError, SIZE_LIMITS, tooLarge } from './errors.js';
import { kindOf, parseFile } from './parse-file.js';
import { textSignature, type TextSignature } from '../validate/text-signature.js';
import { checkReport, reportForCheckFromExtraction, type Finding } from '../validate/index.js';

export interface ParseJob {
  /** file path to read (file mode), or absent when bytes are given (upload mode) */
  path?: string;
  /** file name, for the kind and messages */
  name: string;
  bytes?: Uint8Array;
}

/** Milliseconds spent per stage of one file (for the bench and the progress log). */
export interface JobTimings {
  read: number;
  parse: number;
  normalize: number;
  extract: number;
  /** the single-report rules, and the text signature for the duplicate search */
  check: number;
}

export type JobOutcome =
  | {
      status: 'ok';
      /** the document as it is stored: prepared here so the writing thread only inserts */
      record: DocumentRecord;
      extraction: ExtractionResult;
      /** similarity signature of norm.text, for the duplicate search (computed here, off the main thread) */
      signature: TextSignature;
      /** the single-report rules' findings (checkReport), run here off the writing thread */
      findings: Finding[];
      sha256: string;
      size: number;
      timings: JobTimings;
    }
  | { status: 'duplicate'; sha256: string; size: number }
  | { status: 'failed'; error: string };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `known`: hashes already in the database, so a re-imported file is not parsed again. */
export async function processJob(job: ParseJob, known?: ReadonlySet<string>): Promise<JobOutcome> {
  try {
    let t = performance.now();
    const lap = () => {
      const now = performance.now();
      const ms = now - t;
      t = now;
      return ms;
    };
    const kind = kindOf(job.name);
    if (!kind) throw new ImportError('unsupported', '不支持的文件类型');
    let bytes = job.bytes;
    if (!bytes) {
      if (!job.path) throw new ImportError('read', '没有文件内容');
      bytes = readBytes(job.path, SIZE_LIMITS[kind]);
    }
    const size = bytes.byteLength;
    if (size > SIZE_LIMITS[kind]) throw tooLarge(SIZE_LIMITS[kind]);
    const sha256 = sha256Hex(bytes);
    if (known?.has(sha256)) return { status: 'duplicate', sha256, size };
    const read = lap();
    const parsed = await parseFile(bytes, job.name);
    const parse = lap();
    const norm = normalize(parsed.text);
    const normalizeMs = lap();
    let extraction: ExtractionResult;
    try {
      extraction = extractReport({ parsed, norm });
    } catch (e) {
      // A bug in extraction must not lose the document: it is imported and can be re-extracted later.
      extraction = { format: null, fields: [], notes: [], sections: [] };
      parsed.notes.push(`自动提取失败，请人工核对：${e instanceof Error ? e.message : String(e)}`);
    }
    const extract = lap();
    const signature = textSignature(norm.text);
    let findings: Finding[];
    try {
      findings = checkReport(reportForCheckFromExtraction(extraction, parsed, norm, { fileName: job.name }));
    } catch (e) {
      // Likewise a bug in a check: the document is imported, its checks can be re-run later.
      findings = [];
      parsed.notes.push(`自动校验失败，请重新校验：${e instanceof Error ? e.message : String(e)}`);
    }
    const timings: JobTimings = { read, parse, normalize: normalizeMs, extract, check: lap() };
    const record = toDocumentRecord(parsed, norm);
    return { status: 'ok', record, extraction, signature, findings, sha256, size, timings };
  } catch (e) {
    if (e instanceof ImportError) return { status: 'failed', error: e.message };
    return { status: 'failed', error: `解析失败：${e instanceof Error ? e.message : String(e)}` };
  }
}

function readBytes(path: string, limit: number): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new ImportError('read', `无法读取文件：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
  }
  // Refused before reading: a huge file must not exhaust memory.
  if (size > limit) throw tooLarge(limit);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ImportError('read', `无法读取文件：${(e as Error).message}`);
  }
}
