// Reads the reports an export covers, page by page, with their reviewed values (corrections win over
// extraction, exactly as fields-repo's getReviewedFields). Only the list of report ids is held whole; the
// fields are read one page of reports at a time and only for the keys a sheet needs.
import Database from 'better-sqlite3';
import type { Db } from '../db/open.js';
import type { FieldValue } from '../fields.js';

export type ReportStatus = 'pending' | 'approved' | 'returned' | 'rejected';
export const REPORT_STATUSES: readonly ReportStatus[] = ['pending', 'approved', 'returned', 'rejected'];

export interface ReportFilter {
  /** every status (default: approved reports only) */
  all?: boolean;
  year?: number;
  /** one status instead of the default */
  status?: ReportStatus;
}

export interface ReportRow {
  id: number;
  status: ReportStatus;
  format: string | null;
  agency: string | null;
  year: number | null;
  published: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionComment: string | null;
  fileName: string;
}

/** The reviewed value of one key, with what a reader of the workbook needs to know about it. */
export interface CellValue {
  value: FieldValue;
  approx: boolean;
  /** set when a reviewer's correction is in force */
  correction?: CorrectionInfo;
}
export interface CorrectionInfo {
  extracted: FieldValue | undefined;
  reviewer: string;
  at: string;
}

/**
 * The reviewed values of one report. Plain key → value (most cells need nothing else), with the rare
 * approximate and corrected keys kept aside, so a page of reports costs one object per report.
 */
export class ReviewedValues {
  constructor(
    private readonly raw: Record<string, FieldValue>,
    private readonly approx?: ReadonlySet<string>,
    private readonly corrections?: ReadonlyMap<string, CorrectionInfo>,
  ) {}

  /**
   * The value, or undefined when the report does not carry the key. (Keys are those of fields.json, so a
   * plain property read cannot hit an Object.prototype member; this runs for every cell of a big export.)
   */
  value(key: string): FieldValue | undefined {
    return this.raw[key];
  }

  /** No approximate or corrected value: every cell is the plain value. */
  get plain(): boolean {
    return this.approx === undefined && this.corrections === undefined;
  }

  isApprox(key: string): boolean {
    return this.approx?.has(key) ?? false;
  }

  correction(key: string): CorrectionInfo | undefined {
    return this.corrections?.get(key);
  }

  get(key: string): CellValue | undefined {
    if (this.raw[key] === undefined) return undefined;
    const correction = this.correction(key);
    return { value: this.raw[key], approx: !correction && this.isApprox(key), ...(correction ? { correction } : {}) };
  }

  keys(): string[] {
    return Object.keys(this.raw);
  }
}

export interface ReportPage {
  report: ReportRow;
  values: ReviewedValues;
}

/** Key prefixes ('t3.') or an exact list of keys. */
export type KeySelection = readonly string[] | { exact: readonly string[] };

function whereOf(filter: ReportFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const status = filter.status ?? (filter.all ? undefined : 'approved');
  if (status) {
    parts.push('r.status = ?');
    params.push(status);
  }
  if (filter.year !== undefined) {
    parts.push('r.year = ?');
    params.push(filter.year);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const REPORT_COLUMNS = `r.document_id AS id, r.status, r.format, r.agency, r.year, r.published, r.decided_at AS decidedAt,
  r.decided_by AS decidedBy, r.decision_comment AS decisionComment, r.file_name AS fileName`;

/**
 * The reports a filter selects, in the workbook's order: by year, then agency (pinyin), then id (reports
 * without a year or agency last). Only these small metadata rows are held for the whole export (about 200 bytes a
 * report); the figures are read a page at a time.
 */
export function selectReports(db: Db, filter: ReportFilter): ReportRow[] {
  const { sql, params } = whereOf(filter);
  const rows = db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports r ${sql}`).all(...params) as ReportRow[];
  // agencies in pinyin order, as a Chinese reader looks them up (SQLite only knows code-point order)
  return rows.sort(
    (a, b) =>
      (a.year ?? Infinity) - (b.year ?? Infinity) ||
      Number(a.agency === null) - Number(b.agency === null) ||
      ZH.compare(a.agency ?? '', b.agency ?? '') ||
      a.id - b.id,
  );
}

const ZH = new Intl.Collator('zh-CN-u-co-pinyin');

/** How many reports the database holds per status (for the "nothing to export" message). */
export function countByStatus(db: Db, year?: number): Record<ReportStatus, number> {
  const out: Record<ReportStatus, number> = { pending: 0, approved: 0, returned: 0, rejected: 0 };
  const rows = db
    .prepare(`SELECT status, COUNT(*) AS n FROM reports ${year === undefined ? '' : 'WHERE year = ?'} GROUP BY status`)
    .all(...(year === undefined ? [] : [year])) as Array<{ status: ReportStatus; n: number }>;
  for (const r of rows) out[r.status] = r.n;
  return out;
}

const parseValue = (s: string | null): FieldValue => (s === null ? null : (JSON.parse(s) as FieldValue));

/** Reads the reviewed values of pages of reports; statements are prepared once per source. */
export class ReportSource {
  private readonly statements = new Map<string, Database.Statement>();
  constructor(private readonly db: Db) {}

  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql).raw();
      this.statements.set(sql, st);
    }
    return st;
  }

  /**
   * The reviewed values of a page of reports, limited to keys starting with one of the given prefixes
   * (empty: every key) or to an exact list. Same rule as getReviewedFields: the newest correction wins.
   */
  page(reports: readonly ReportRow[], keys: KeySelection = []): ReportPage[] {
    const idsJson = JSON.stringify(reports.map((r) => r.id));
    let keyWhere = '';
    let keyParams: string[] = [];
    if ('exact' in keys) {
      keyWhere = 'AND key IN (SELECT value FROM json_each(?))';
      keyParams = [JSON.stringify(keys.exact)];
    } else if (keys.length) {
      // key ranges: 't3.' ≤ key < 't3/' (BINARY collation: '/' is the character after '.')
      keyWhere = `AND (${keys.map(() => '(key >= ? AND key < ?)').join(' OR ')})`;
      keyParams = keys.flatMap((p) => [p, p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1)]);
    }
    // One JSON object per report built by SQLite (json_group_object) and parsed once: several times
    // faster than a row per value, and one allocation per report instead of one per value.
    const extracted = this.statement(
      `SELECT document_id, json_group_object(key, json(value)), json_group_array(key) FILTER (WHERE approx)
       FROM extracted_fields WHERE document_id IN (SELECT value FROM json_each(?)) ${keyWhere} GROUP BY document_id`,
    ).all(idsJson, ...keyParams) as Array<[number, string, string]>;
    const raw = new Map<number, { values: Record<string, FieldValue>; approx?: Set<string>; corrections?: Map<string, CorrectionInfo> }>();
    for (const [id, obj, approx] of extracted) {
      const approxKeys = JSON.parse(approx) as string[];
      raw.set(id, { values: JSON.parse(obj) as Record<string, FieldValue>, approx: approxKeys.length ? new Set(approxKeys) : undefined });
    }
    const corrections = this.statement(
      `SELECT document_id, key, new_value, extracted_value, reviewer, at FROM corrections
       WHERE document_id IN (SELECT value FROM json_each(?)) ${keyWhere} ORDER BY id`,
    ).all(idsJson, ...keyParams) as Array<[number, string, string | null, string | null, string, string]>;
    for (const [id, key, newValue, extractedValue, reviewer, at] of corrections) {
      let r = raw.get(id);
      if (!r) raw.set(id, (r = { values: {} }));
      r.values[key] = parseValue(newValue);
      r.approx?.delete(key);
      (r.corrections ??= new Map()).set(key, {
        extracted: extractedValue === null ? undefined : parseValue(extractedValue),
        reviewer,
        at,
      });
    }
    return reports.map((report) => {
      const r = raw.get(report.id);
      return { report, values: r ? new ReviewedValues(r.values, r.approx, r.corrections) : EMPTY };
    });
  }
}

const EMPTY = new ReviewedValues({});

/** Splits a list into pages. */
export function* pages<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * A read-only connection on the same file holding one read transaction, so every sheet sees the same
 * state even while a reviewer keeps working in the app (WAL lets both proceed). An in-memory database, or
 * one inside a transaction, is read through the given connection.
 */
export function openSnapshot(db: Db): { db: Db; close: () => void } {
  if (db.memory || db.name === '' || db.inTransaction) return { db, close: () => {} };
  let snap: Db;
  try {
    snap = new Database(db.name, { readonly: true, fileMustExist: true });
    snap.pragma('busy_timeout = 5000');
    snap.exec('BEGIN');
    // the read transaction takes its snapshot at the first read
    snap.prepare('SELECT COUNT(*) FROM reports').pluck().get();
  } catch {
    return { db, close: () => {} };
  }
  return {
    db: snap,
    close: () => {
      try {
        snap.exec('COMMIT');
      } finally {
        snap.close();
      }
    },
  };
}
