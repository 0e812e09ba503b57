// Extracted values and reviewer corrections. Extraction rows are replaced on every run; corrections are an
// append-only log and the newest one per key wins over extraction.
import type { Db } from './open.js';
import type { FieldValue } from '../fields.js';
import type { ExtractedField, ExtractionResult, SourceRef } from '../extract/types.js';
import { stmt } from './statements.js';

export interface CorrectionRow {
  id: number;
  documentId: number;
  key: string;
  oldValue: FieldValue;
  newValue: FieldValue;
  extractedValue: FieldValue | undefined;
  source: SourceRef | null;
  reviewer: string;
  at: string;
}

/** The value a reviewer sees: the correction if there is one, else the extracted value. */
export interface ReviewedField {
  key: string;
  value: FieldValue;
  approx: boolean;
  corrected: boolean;
  /** present when extraction gave this key */
  extracted?: ExtractedField;
  correction?: CorrectionRow;
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

const parse = <T>(s: string | null): T => (s === null ? (undefined as T) : (JSON.parse(s) as T));

/** Replaces the extraction of one document (fields, notes, sections) and the report's metadata columns. */
export function saveExtraction(db: Db, documentId: number, result: ExtractionResult, at = new Date().toISOString()): void {
  db.transaction(() => {
    stmt(db, 'DELETE FROM extracted_fields WHERE document_id = ?').run(documentId);
    stmt(db, 'DELETE FROM extraction_notes WHERE document_id = ?').run(documentId);
    stmt(db, 'DELETE FROM sections WHERE document_id = ?').run(documentId);
    const insField = stmt(db, 
      `INSERT INTO extracted_fields (document_id, key, value, approx, method, confidence, source)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of result.fields) {
      insField.run(documentId, f.key, json(f.value), f.approx ? 1 : 0, f.method, f.confidence, json(f.source));
    }
    const insNote = stmt(db, 'INSERT INTO extraction_notes (document_id, keys, message) VALUES (?, ?, ?)');
    for (const n of result.notes) insNote.run(documentId, JSON.stringify(n.keys), n.message);
    const insSection = stmt(db, 'INSERT INTO sections (document_id, no, title, norm_start, norm_end) VALUES (?, ?, ?, ?, ?)');
    for (const s of result.sections) insSection.run(documentId, s.no, s.title, s.normStart, s.normEnd);
    stmt(
      db,
      `INSERT INTO reports (document_id, format, extracted_at) VALUES (?, ?, ?)
       ON CONFLICT(document_id) DO UPDATE SET format = excluded.format, extracted_at = excluded.extracted_at`,
    ).run(documentId, result.format, at);
    refreshReportMetadata(db, documentId);
  })();
}

export function getExtractedFields(db: Db, documentId: number): ExtractedField[] {
  const rows = stmt(db, 'SELECT key, value, approx, method, confidence, source FROM extracted_fields WHERE document_id = ?')
    .all(documentId) as Array<{ key: string; value: string | null; approx: number; method: string; confidence: number; source: string | null }>;
  return rows.map((r) => ({
    key: r.key,
    value: r.value === null ? null : (JSON.parse(r.value) as FieldValue),
    approx: r.approx === 1,
    method: r.method as ExtractedField['method'],
    confidence: r.confidence,
    source: r.source === null ? null : (JSON.parse(r.source) as SourceRef),
  }));
}

type CorrectionDbRow = {
  id: number; document_id: number; key: string; old_value: string | null; new_value: string | null;
  extracted_value: string | null; source: string | null; reviewer: string; at: string;
};

function toCorrection(r: CorrectionDbRow): CorrectionRow {
  return {
    id: r.id,
    documentId: r.document_id,
    key: r.key,
    oldValue: r.old_value === null ? null : parse<FieldValue>(r.old_value),
    newValue: r.new_value === null ? null : parse<FieldValue>(r.new_value),
    extractedValue: r.extracted_value === null ? undefined : parse<FieldValue>(r.extracted_value),
    source: r.source === null ? null : parse<SourceRef>(r.source),
    reviewer: r.reviewer,
    at: r.at,
  };
}

/** Every correction of a document, oldest first (the audit log). */
export function getCorrections(db: Db, documentId: number): CorrectionRow[] {
  return (stmt(db, 'SELECT * FROM corrections WHERE document_id = ? ORDER BY id').all(documentId) as CorrectionDbRow[]).map(toCorrection);
}

/** Every correction in the database, oldest first (for the export's 修改记录 sheet). */
export function* iterateAllCorrections(db: Db): Generator<CorrectionRow> {
  for (const r of db.prepare('SELECT * FROM corrections ORDER BY document_id, id').iterate() as Iterable<CorrectionDbRow>) {
    yield toCorrection(r);
  }
}

/** Extraction overlaid with the newest correction of each key. */
export function getReviewedFields(db: Db, documentId: number): Map<string, ReviewedField> {
  const out = new Map<string, ReviewedField>();
  for (const f of getExtractedFields(db, documentId)) {
    out.set(f.key, { key: f.key, value: f.value, approx: f.approx, corrected: false, extracted: f });
  }
  for (const c of getCorrections(db, documentId)) {
    const prev = out.get(c.key);
    out.set(c.key, { key: c.key, value: c.newValue, approx: false, corrected: true, extracted: prev?.extracted, correction: c });
  }
  return out;
}

/** Plain key → value of the reviewed fields (what checks and the export read). */
export function getReviewedValues(db: Db, documentId: number): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  const extracted = stmt(db, 'SELECT key, value FROM extracted_fields WHERE document_id = ?').all(documentId) as Array<{ key: string; value: string | null }>;
  for (const r of extracted) out[r.key] = r.value === null ? null : (JSON.parse(r.value) as FieldValue);
  // corrections in id order: the newest one per key is written last and wins
  const corrected = stmt(db, 'SELECT key, new_value FROM corrections WHERE document_id = ? ORDER BY id').all(documentId) as Array<{ key: string; new_value: string | null }>;
  for (const r of corrected) out[r.key] = r.new_value === null ? null : (JSON.parse(r.new_value) as FieldValue);
  return out;
}

/** Records one correction; returns it. The caller re-runs the checks. */
export function addCorrection(
  db: Db,
  input: { documentId: number; key: string; value: FieldValue; reviewer: string; source?: SourceRef | null; at?: string },
): CorrectionRow {
  return db.transaction(() => {
    const current = getReviewedFields(db, input.documentId).get(input.key);
    const at = input.at ?? new Date().toISOString();
    const info = db
      .prepare(
        `INSERT INTO corrections (document_id, key, old_value, new_value, extracted_value, source, reviewer, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.documentId,
        input.key,
        current ? JSON.stringify(current.value) : null,
        JSON.stringify(input.value),
        current?.extracted ? JSON.stringify(current.extracted.value) : null,
        json(input.source ?? null),
        input.reviewer,
        at,
      );
    refreshReportMetadata(db, input.documentId);
    return toCorrection(db.prepare('SELECT * FROM corrections WHERE id = ?').get(info.lastInsertRowid) as CorrectionDbRow);
  })();
}

/** Copies the reviewed agency/year/published/format into the reports row (the list screen reads them there). */
export function refreshReportMetadata(db: Db, documentId: number): void {
  const v = reviewedMetadata(db, documentId);
  const str = (x: FieldValue | undefined) => (x === null || x === undefined ? null : String(x));
  const year = typeof v.year === 'number' ? v.year : v.year ? Number(v.year) || null : null;
  stmt(
    db,
    `INSERT INTO reports (document_id, agency, year, published, format) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET agency = excluded.agency, year = excluded.year,
       published = excluded.published, format = excluded.format`,
  ).run(documentId, str(v.agency), year, str(v.published), str(v.format));
}

/** The reviewed values of the four metadata keys only (the reports row mirrors them). */
function reviewedMetadata(db: Db, documentId: number): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  const keys = "('agency','year','published','format')";
  for (const r of stmt(db, `SELECT key, value FROM extracted_fields WHERE document_id = ? AND key IN ${keys}`).all(documentId) as Array<{ key: string; value: string | null }>) {
    out[r.key] = r.value === null ? null : (JSON.parse(r.value) as FieldValue);
  }
  for (const r of stmt(db, `SELECT key, new_value FROM corrections WHERE document_id = ? AND key IN ${keys} ORDER BY id`).all(documentId) as Array<{ key: string; new_value: string | null }>) {
    out[r.key] = r.new_value === null ? null : (JSON.parse(r.new_value) as FieldValue);
  }
  return out;
}
