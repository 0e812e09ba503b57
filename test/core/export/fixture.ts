// A real database holding real corpus reports for the export tests: document rows built from the corpus
// files, extraction results built from their gold labels (stored with saveExtraction), review states,
// a correction, findings and a decision.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Db } from '../../../src-main/core/db/open.js';
import { saveExtraction } from '../../../src-main/core/db/fields-repo.js';
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

export function setStatus(db: Db, id: number, status: string, by = '李审核', at = '2026-02-01T01:30:00.000Z', comment: string | null = null): void {
  db.prepare('UPDATE reports SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? WHERE document_id = ?').run(
    status, by, at, comment, id,
  );
}

export function addFinding(
  db: Db,
  id: number,
  f: { rule: string; severity: 'error' | 'warning' | 'info'; keys: string[]; message: string },
): string {
  const fingerprint = `${f.rule}:${[...f.keys].sort().join(',')}`;
  db.prepare(
    'INSERT INTO findings (document_id, rule_id, severity, keys, numbers, message, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, f.rule, f.severity, JSON.stringify(f.keys), '{}', f.message, fingerprint);
  return fingerprint;
}

export function decideFinding(db: Db, id: number, fingerprint: string, decision: 'confirmed' | 'dismissed', reason: string | null, reviewer = '李审核', at = '2026-02-01T01:00:00.000Z'): void {
  db.prepare('INSERT INTO finding_decisions (document_id, fingerprint, decision, reason, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id, fingerprint, decision, reason, reviewer, at,
  );
}
