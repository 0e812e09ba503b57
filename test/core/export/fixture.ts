// A real database holding real corpus reports for the export tests: document rows built from the corpus
// files, extraction results built from their gold labels (stored with saveExtraction), and review states,
// findings and decisions stored through the project's own repositories.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Db } from '../../../src-main/core/db/open.js';
import { saveExtraction } from '../../../src-main/core/db/fields-repo.js';
import { decideFinding, fingerprintOf, saveFindings } from '../../../src-main/core/db/findings-repo.js';
import { decideReport } from '../../../src-main/core/db/reports-repo.js';
import type { Finding } from '../../../src-main/core/validate/types.js';
import type { ExtractedField, ExtractionResult } from '../../../src-main/core/extract/types.js';
import type { ReportFormat } from '../../../src-main/core/fields.js';
import { DOCS_DIR, type Gold } from '../../helpers/corpus.js';

/** Inserts the corpus file `gold.doc` as a document and stores its gold figures as the extraction. */
export function insertGoldReport(db: Db, gold: Gold, at = '2026-01-05T02:00:00.000Z'): number {
  const bytes = readFileSync(join(DOCS_DIR, gold.doc));
  const kind = extname(gold.doc).slice(1) as 'txt' | 'html' | 'docx';
  // the export reads no text: the decoded text of .txt/.html is kept for realism, a .docx gets its name
  const text = kind === 'docx' ? gold.doc : bytes.toString('utf8');
  const info = db
    .prepare(
      `INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text,
         start_map, end_map, blocks, imported_at)
       VALUES (?, ?, ?, ?, 'utf-8', 1, ?, ?, x'', x'', '[]', ?)`,
    )
    .run(createHash('sha256').update(bytes).digest('hex'), kind, gold.doc, bytes.length, text, text, at);
  const id = Number(info.lastInsertRowid);
  saveExtraction(db, id, goldExtraction(gold), at);
  return id;
}

export function goldExtraction(gold: Gold): ExtractionResult {
  const fields: ExtractedField[] = Object.entries(gold.fields).map(([key, value]) => ({
    key,
    value,
    approx: gold.approx?.[key] !== undefined,
    method: key.includes('.') ? 'table-cell' : 'metadata',
    confidence: 1,
    source: null,
  }));
  return { format: (gold.fields.format as ReportFormat | undefined) ?? null, fields, notes: [], sections: [] };
}

const ACTION = { approved: 'approve', returned: 'return', rejected: 'reject', pending: 'reopen' } as const;

/** A reviewer's decision on the report, through reports-repo (status, decided_by/at, comment, history event). */
export function setStatus(db: Db, id: number, status: keyof typeof ACTION, by = '李审核', at = '2026-02-01T01:30:00.000Z', comment: string | null = null): void {
  decideReport(db, id, ACTION[status], { reviewer: by, at, comment });
}

/** Stores a report's findings through findings-repo (replacing earlier ones); returns their fingerprints. */
export function saveReportFindings(db: Db, id: number, findings: Finding[]): string[] {
  saveFindings(db, id, findings, { at: '2026-01-05T02:05:00.000Z' });
  return findings.map(fingerprintOf);
}

export function finding(ruleId: string, severity: Finding['severity'], keys: string[], message: string, quote?: string): Finding {
  return { ruleId, severity, keys, numbers: {}, message, ...(quote ? { quote } : {}) };
}

/** 已确认 / 已排除 through findings-repo. */
export function decide(db: Db, id: number, fingerprint: string, decision: 'confirmed' | 'dismissed', reason: string | null, reviewer = '李审核', at = '2026-02-01T01:00:00.000Z'): void {
  decideFinding(db, { documentId: id, fingerprint, decision, reason, reviewer, at });
}
