// The review side of the database as the UI sees it: the paged, filtered, sorted reports list (trigram FTS
// for queries of ≥3 characters, a scan for shorter ones), facets, one document with its spans, report
// decisions with their audit rows, the merged history, settings. Dashboard sums: dashboard-repo.ts.
// Findings and their decisions live in findings-repo.ts, agency links in agency/links.ts.
import type { Db } from './open.js';
import { normalize } from '../normalize/index.js';
import { listFindings } from './findings-repo.js';
import { sameAgencyReports } from '../agency/links.js';
import type { Output, ParsedInput } from '../../shared/contract.js';
import type { StoredDocument } from './documents-repo.js';

type ListInput = ParsedInput<'reports.list'>;
export type ListFilters = Omit<ListInput, 'offset' | 'limit'>;
export type ReportRow = Output<'reports.list'>['rows'][number];
export type ReportStatus = ReportRow['status'];
export type HistoryEntry = Output<'report.get'>['history'][number];

const SORT_SQL: Record<NonNullable<ListFilters['sort']>['column'], string> = {
  id: 'r.document_id',
  agency: 'r.agency',
  year: 'r.year',
  format: 'r.format',
  status: 'r.status',
  errors: 'r.errors',
  warnings: 'r.warnings',
  infos: 'r.infos',
  openErrors: 'r.open_errors',
  importedAt: 'r.imported_at',
  fileName: 'r.file_name',
  decidedAt: 'r.decided_at',
};

export const ROW_COLUMNS = `r.document_id AS id, r.agency, r.year, r.format, r.published, r.status, r.errors, r.warnings,
  r.infos, r.open_errors AS openErrors, r.imported_at AS importedAt, r.file_name AS fileName,
  r.decided_at AS decidedAt, r.decided_by AS decidedBy`;

/** Queries shorter than this many characters cannot use the trigram index. */
export const FTS_MIN_CHARS = 3;

interface Where {
  sql: string;
  params: unknown[];
}

/** `col IN (…)` for the non-null values, `OR col IS NULL` when null is asked for. */
function inWithNull(col: string, values: readonly (string | number | null)[], params: unknown[]): string {
  const vals = values.filter((v) => v !== null);
  const parts: string[] = [];
  if (vals.length) {
    parts.push(`${col} IN (${vals.map(() => '?').join(',')})`);
    params.push(...vals);
  }
  if (values.includes(null)) parts.push(`${col} IS NULL`);
  return parts.length ? `(${parts.join(' OR ')})` : '0';
}

/** The search string as the index holds text: normalised (traditional → simplified, widths, whitespace). */
export function normalizeQuery(q: string): string {
  return normalize(q.trim()).text.trim();
}

export function buildWhere(f: ListFilters, db?: Db): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.status?.length) clauses.push(inWithNull('r.status', f.status, params));
  if (f.year?.length) clauses.push(inWithNull('r.year', f.year, params));
  if (f.format?.length) clauses.push(inWithNull('r.format', f.format, params));
  if (f.severity?.length) {
    const col = { error: 'r.errors', warning: 'r.warnings', info: 'r.infos' } as const;
    clauses.push(`(${f.severity.map((s) => `${col[s]} > 0`).join(' OR ')})`);
  }
  if (f.unresolved) clauses.push('r.open_errors > 0');
  const q = f.query ? normalizeQuery(f.query) : '';
  if (q) {
    const meta = 'instr(r.agency, ?) > 0 OR instr(r.file_name, ?) > 0';
    const short = [...q].length < FTS_MIN_CHARS && db ? shortQueryMatch(db, q) : undefined;
    if ([...q].length >= FTS_MIN_CHARS) {
      // A phrase query: the trigram tokenizer matches it as a substring.
      clauses.push(`(r.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) OR ${meta})`);
      params.push(phrase(q), q, q);
    } else if (short === null) {
      clauses.push(`(${meta})`);
      params.push(q, q);
    } else if (short !== undefined) {
      clauses.push(`(r.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) OR ${meta})`);
      params.push(short, q, q);
    } else {
      clauses.push(`(${meta} OR r.document_id IN (SELECT id FROM documents WHERE instr(normalized_text, ?) > 0))`);
      params.push(q, q, q);
    }
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** More trigrams than this for a short query (a single common character) → scan instead of a huge OR. */
export const SHORT_QUERY_MAX_TERMS = 3000;

/**
 * A 1–2 character query through the trigram index: every occurrence of "ab" that is not at the very end of
 * a document starts some indexed trigram "ab?", so OR-ing the trigrams with that prefix (read from an
 * fts5vocab table) finds the same documents as scanning the text — at 50,000 reports a scan is ~10× slower.
 * Returns the MATCH expression, null when no trigram starts with the query (nothing in any text), or
 * undefined when there are too many trigrams (then the caller scans).
 */
export function shortQueryMatch(db: Db, q: string): string | null | undefined {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.documents_fts_vocab USING fts5vocab(main, documents_fts, 'row')");
  const lower = q.toLowerCase(); // the trigram tokenizer folds case
  const terms = db.prepare('SELECT term FROM temp.documents_fts_vocab WHERE term >= ? AND term < ? LIMIT ?')
    .pluck().all(lower, `${lower}\u{10FFFF}`, SHORT_QUERY_MAX_TERMS + 1) as string[];
  if (terms.length > SHORT_QUERY_MAX_TERMS) return undefined;
  if (terms.length === 0) return null;
  return terms.map(phrase).join(' OR ');
}

const NULLABLE_SORT = new Set(['agency', 'year', 'format', 'decidedAt']);

/**
 * The list order as key expressions that all run in one direction, so an index serves it (migration 0005)
 * and a row's neighbours are row-value comparisons. Unknown values sort last either way; the id keeps the
 * order total (stable paging). Ascending: (col IS NULL, col, id) ↑; descending: (col IS NOT NULL, col, id) ↓.
 */
function sortKeys(f: ListFilters): { keys: string[]; dir: 'ASC' | 'DESC'; nullableCol: string | null } {
  const sort = f.sort ?? { column: 'id', dir: 'desc' };
  const col = SORT_SQL[sort.column];
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
  if (sort.column === 'id') return { keys: ['r.document_id'], dir, nullableCol: null };
  if (!NULLABLE_SORT.has(sort.column)) return { keys: [col, 'r.document_id'], dir, nullableCol: null };
  const flag = dir === 'ASC' ? `(${col} IS NULL)` : `(${col} IS NOT NULL)`;
  return { keys: [flag, col, 'r.document_id'], dir, nullableCol: col };
}

function orderBy(f: ListFilters, reverse = false): string {
  const { keys, dir } = sortKeys(f);
  const d = reverse ? (dir === 'ASC' ? 'DESC' : 'ASC') : dir;
  return `ORDER BY ${keys.map((k) => `${k} ${d}`).join(', ')}`;
}

export function listReports(db: Db, input: ListInput): Output<'reports.list'> {
  const where = buildWhere(input, db);
  if (input.query && normalizeQuery(input.query)) return listSearch(db, input, where);
  const total = (db.prepare(`SELECT count(*) AS n FROM reports r ${where.sql}`).get(...where.params) as { n: number }).n;
  if (total === 0 || input.offset >= total) return { total, rows: [] };
  // Ids first: skipping `offset` rows then walks only the sort index, not the table.
  const ids = db.prepare(`SELECT r.document_id FROM reports r ${where.sql} ${orderBy(input)} LIMIT ? OFFSET ?`)
    .pluck().all(...where.params, input.limit, input.offset) as number[];
  return { total, rows: rowsByIds(db, ids) };
}

function rowsByIds(db: Db, ids: number[]): ReportRow[] {
  if (!ids.length) return [];
  const byId = new Map((db.prepare(`SELECT ${ROW_COLUMNS} FROM reports r WHERE r.document_id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as ReportRow[]).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** With a text query the full-text match is the costly part: run it once (a materialised CTE) for both
 *  the total and the page, instead of once for count(*) and again for the page. */
function listSearch(db: Db, input: ListInput, where: Where): Output<'reports.list'> {
  const { keys, dir } = sortKeys(input);
  const rows = db.prepare(
    `WITH hits AS MATERIALIZED (SELECT ${keys.map((k, i) => `${k} AS k${i}`).join(', ')} FROM reports r ${where.sql})
     SELECT (SELECT count(*) FROM hits) AS total, k${keys.length - 1} AS id FROM hits
     ORDER BY ${keys.map((_, i) => `k${i} ${dir}`).join(', ')} LIMIT ? OFFSET ?`,
  ).all(...where.params, input.limit, input.offset) as { total: number; id: number }[];
  const total = rows.length
    ? rows[0].total
    : (db.prepare(`SELECT count(*) AS n FROM reports r ${where.sql}`).get(...where.params) as { n: number }).n;
  return { total, rows: rowsByIds(db, rows.map((r) => r.id)) };
}

export function getReportRow(db: Db, id: number): ReportRow | undefined {
  return db.prepare(`SELECT ${ROW_COLUMNS} FROM reports r WHERE r.document_id = ?`).get(id) as ReportRow | undefined;
}

/** The reports just before and after `id` in the list's order under `filters` (null at either end, or
 *  both null when `id` is not in the filtered list). Two index walks of one row each. */
export function neighbours(db: Db, id: number, filters: ListFilters = {}): { prevId: number | null; nextId: number | null } {
  const where = buildWhere(filters, db);
  const and = where.sql ? `${where.sql} AND` : 'WHERE';
  const { keys, dir, nullableCol } = sortKeys(filters);
  const cur = db.prepare(`SELECT ${keys.map((k, i) => `${k} AS k${i}`).join(', ')} FROM reports r ${and} r.document_id = ?`)
    .get(...where.params, id) as Record<string, unknown> | undefined;
  if (!cur) return { prevId: null, nextId: null };
  const vals = keys.map((_, i) => cur[`k${i}`]);
  const one = (cond: string, params: unknown[], reverse: boolean): number | null =>
    (db.prepare(`SELECT r.document_id FROM reports r ${and} ${cond} ${orderBy(filters, reverse)} LIMIT 1`)
      .pluck().get(...where.params, ...params) as number | undefined) ?? null;
  const after = dir === 'ASC' ? '>' : '<';
  const before = dir === 'ASC' ? '<' : '>';
  if (nullableCol && cur.k1 === null) {
    // In the trailing group of unknowns only the id orders; before it comes the last known value.
    const nextId = one(`${nullableCol} IS NULL AND r.document_id ${after} ?`, [id], false);
    const prevId = one(`${nullableCol} IS NULL AND r.document_id ${before} ?`, [id], true)
      ?? one(`${nullableCol} IS NOT NULL`, [], true);
    return { prevId, nextId };
  }
  const tuple = `(${keys.join(', ')})`;
  const marks = `(${keys.map(() => '?').join(', ')})`;
  return {
    prevId: one(`${tuple} ${before} ${marks}`, vals, true),
    nextId: one(`${tuple} ${after} ${marks}`, vals, false),
  };
}

export function facets(db: Db): Output<'reports.facets'> {
  const years = db.prepare('SELECT year, count(*) AS count FROM reports GROUP BY year ORDER BY year IS NULL, year DESC').all() as
    Output<'reports.facets'>['years'];
  const formats = db.prepare('SELECT format, count(*) AS count FROM reports GROUP BY format ORDER BY format IS NULL, format DESC').all() as
    Output<'reports.facets'>['formats'];
  const statuses = statusCounts(db);
  const total = Object.values(statuses).reduce((a, b) => a + b, 0);
  return { total, years, formats, statuses };
}

export function statusCounts(db: Db, where = '', params: unknown[] = []): Record<ReportStatus, number> {
  const out: Record<ReportStatus, number> = { pending: 0, approved: 0, returned: 0, rejected: 0 };
  for (const r of db.prepare(`SELECT status, count(*) AS n FROM reports r ${where} GROUP BY status`).all(...params) as { status: ReportStatus; n: number }[]) {
    out[r.status] = r.n;
  }
  return out;
}

// ───────────────────────────── one document ─────────────────────────────

// The stored document is read by documents-repo; re-exported for the service, which reads the rest here.
export { getDocument, type StoredDocument } from './documents-repo.js';

/** A document-text selection [start, end) as the normalised-text span covering it. */
export function toNormSpan(doc: Pick<StoredDocument, 'startMap' | 'endMap'>, start: number, end: number): { normStart: number; normEnd: number } {
  const n = doc.startMap.length;
  let normStart = 0;
  while (normStart < n && doc.endMap[normStart] <= start) normStart++;
  let normEnd = normStart;
  while (normEnd < n && doc.startMap[normEnd] < end) normEnd++;
  return { normStart, normEnd: Math.max(normStart, normEnd) };
}

/** A normalised-text span as the document-text span it came from. */
export function toDocSpan(doc: Pick<StoredDocument, 'startMap' | 'endMap' | 'text'>, normStart: number, normEnd: number): { start: number; end: number } {
  const n = doc.startMap.length;
  if (n === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(normStart, 0), n - 1);
  const e = Math.min(Math.max(normEnd, 0), n);
  if (e <= s) return { start: doc.startMap[s], end: doc.startMap[s] };
  return { start: doc.startMap[s], end: doc.endMap[e - 1] };
}

export function getSections(db: Db, id: number): { no: number; title: string; normStart: number; normEnd: number }[] {
  return db.prepare('SELECT no, title, norm_start AS normStart, norm_end AS normEnd FROM sections WHERE document_id = ? ORDER BY no').all(id) as
    { no: number; title: string; normStart: number; normEnd: number }[];
}

export function getExtractionNotes(db: Db, id: number): { keys: string[]; message: string }[] {
  return (db.prepare('SELECT keys, message FROM extraction_notes WHERE document_id = ? ORDER BY rowid').all(id) as { keys: string; message: string }[])
    .map((n) => ({ keys: JSON.parse(n.keys) as string[], message: n.message }));
}

// ───────────────────────────── decisions ─────────────────────────────

const STATUS_OF = { approve: 'approved', return: 'returned', reject: 'rejected', reopen: 'pending' } as const;
export type ReviewAction = keyof typeof STATUS_OF;

export function addReviewEvent(db: Db, documentId: number, kind: string, detail: string | null, reviewer: string, at: string): void {
  db.prepare('INSERT INTO review_events (document_id, kind, detail, reviewer, at) VALUES (?, ?, ?, ?, ?)').run(documentId, kind, detail, reviewer, at);
}

/** Sets the report's status and writes the review event, in one transaction. */
export function decideReport(db: Db, id: number, action: ReviewAction, opts: { comment?: string | null; reviewer: string; at: string }): void {
  db.transaction(() => {
    const comment = opts.comment?.trim() || null;
    if (action === 'reopen') {
      db.prepare('UPDATE reports SET status = ?, decided_at = NULL, decided_by = NULL, decision_comment = ? WHERE document_id = ?')
        .run(STATUS_OF[action], comment, id);
    } else {
      db.prepare('UPDATE reports SET status = ?, decided_at = ?, decided_by = ?, decision_comment = ? WHERE document_id = ?')
        .run(STATUS_OF[action], opts.at, opts.reviewer, comment, id);
    }
    addReviewEvent(db, id, action, comment, opts.reviewer, opts.at);
  })();
}

export function getDecision(db: Db, id: number): { at: string | null; by: string | null; comment: string | null } {
  return (db.prepare('SELECT decided_at AS at, decided_by AS by, decision_comment AS comment FROM reports WHERE document_id = ?').get(id) as
    { at: string | null; by: string | null; comment: string | null } | undefined) ?? { at: null, by: null, comment: null };
}

// ───────────────────────────── history ─────────────────────────────

const parseValue = (s: string | null): string | number | null => (s === null ? null : (JSON.parse(s) as string | number | null));

/** Finding events keep their fingerprint and reason as JSON in review_events.detail. */
export function findingEventDetail(fingerprint: string, reason: string | null): string {
  return JSON.stringify({ fingerprint, reason });
}

export function getHistory(db: Db, id: number): HistoryEntry[] {
  const out: (HistoryEntry & { order: number })[] = [];
  const doc = db.prepare('SELECT file_name, imported_at FROM documents WHERE id = ?').get(id) as { file_name: string; imported_at: string } | undefined;
  if (doc) out.push({ kind: 'import', detail: doc.file_name, reviewer: '', at: doc.imported_at, order: 0 });
  const corrections = db.prepare('SELECT id, key, old_value, new_value, reviewer, at FROM corrections WHERE document_id = ? ORDER BY id').all(id) as
    { id: number; key: string; old_value: string | null; new_value: string | null; reviewer: string; at: string }[];
  for (const c of corrections) {
    out.push({ kind: 'correction', detail: null, reviewer: c.reviewer, at: c.at, key: c.key, old: parseValue(c.old_value), new: parseValue(c.new_value), order: 1 });
  }
  const events = db.prepare('SELECT kind, detail, reviewer, at FROM review_events WHERE document_id = ? ORDER BY id').all(id) as
    { kind: string; detail: string | null; reviewer: string; at: string }[];
  for (const e of events) {
    const entry: HistoryEntry & { order: number } = { kind: e.kind as HistoryEntry['kind'], detail: e.detail, reviewer: e.reviewer, at: e.at, order: 1 };
    if (e.kind.startsWith('finding-') && e.detail?.startsWith('{')) {
      const d = JSON.parse(e.detail) as { fingerprint: string; reason: string | null };
      entry.detail = d.reason;
      entry.fingerprint = d.fingerprint;
    } else if (e.kind.startsWith('agency-') && e.detail) {
      entry.otherId = Number(e.detail);
      entry.detail = null;
    }
    out.push(entry);
  }
  // Stable sort: time, then import first; equal times keep insertion order.
  return out
    .map((e, i) => ({ e, i }))
    .sort((x, y) => (x.e.at < y.e.at ? -1 : x.e.at > y.e.at ? 1 : x.e.order - y.e.order || x.i - y.i))
    .map(({ e }) => {
      const { order: _order, ...rest } = e;
      return rest;
    });
}

// ───────────────────────────── settings ─────────────────────────────

export function getSetting(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function reportExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM reports WHERE document_id = ?').get(id) !== undefined;
}

// ───────────────────────────── findings as the review screen shows them ─────────────────────────────

export type FindingOut = Output<'report.get'>['findings'][number];

/** The stored findings (findings-repo) in the contract's shape; errors first. */
export function getFindings(db: Db, id: number): FindingOut[] {
  return listFindings(db, id).map((f) => ({
    id: f.id, ruleId: f.ruleId, severity: f.severity, keys: f.keys, numbers: f.numbers, message: f.message,
    quote: f.quote ?? null, fingerprint: f.fingerprint, decision: f.decision,
  }));
}

export function findingExists(db: Db, id: number, fingerprint: string): boolean {
  return db.prepare('SELECT 1 FROM findings WHERE document_id = ? AND fingerprint = ?').get(id, fingerprint) !== undefined
    || db.prepare('SELECT 1 FROM finding_decisions WHERE document_id = ? AND fingerprint = ?').get(id, fingerprint) !== undefined;
}

/** Other reports of the same agency (agency/links.ts) as the review screen lists them. */
export function relatedReports(db: Db, id: number): { id: number; year: number | null; agency: string | null; link: 'auto' | 'linked' }[] {
  return sameAgencyReports(db, id).slice(0, 100).map((r) => ({ id: r.documentId, year: r.year, agency: r.agency, link: r.via === 'linked' ? 'linked' : 'auto' }));
}
