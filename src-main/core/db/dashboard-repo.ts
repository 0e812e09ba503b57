// The dashboard's aggregates: counts by status and format, the most frequent findings, and per-year sums of
// a few headline figures over the reviewed values (the newest correction of a key wins over extraction).
import type { Db } from './open.js';
import { DASHBOARD_KEYS, type Output } from '../../shared/contract.js';
import { statusCounts, type ReportStatus } from './reports-repo.js';

type Dashboard = Output<'dashboard.get'>;

export function dashboard(db: Db, scope: 'all' | 'approved' = 'all'): Dashboard {
  const approvedOnly = scope === 'approved';
  const where = approvedOnly ? "WHERE r.status = 'approved'" : '';
  const byStatus = statusCounts(db, where);
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const byFormat = db.prepare(`SELECT r.format, count(*) AS count FROM reports r ${where} GROUP BY r.format ORDER BY count DESC`).all() as Dashboard['byFormat'];
  const topFindings = db.prepare(
    `SELECT f.rule_id AS ruleId, f.severity, count(*) AS count, count(DISTINCT f.document_id) AS reports
     FROM findings f ${approvedOnly ? "JOIN reports r ON r.document_id = f.document_id AND r.status = 'approved'" : ''}
     GROUP BY f.rule_id, f.severity ORDER BY count DESC, f.rule_id LIMIT 20`,
  ).all() as Dashboard['topFindings'];

  const years = new Map<number | null, Dashboard['byYear'][number]>();
  const yearEntry = (year: number | null) => {
    let e = years.get(year);
    if (!e) {
      e = { year, reports: 0, byStatus: { pending: 0, approved: 0, returned: 0, rejected: 0 }, sums: {}, counts: {} };
      years.set(year, e);
    }
    return e;
  };
  for (const r of db.prepare(`SELECT r.year, r.status, count(*) AS n FROM reports r ${where} GROUP BY r.year, r.status`).all() as
    { year: number | null; status: ReportStatus; n: number }[]) {
    const e = yearEntry(r.year);
    e.reports += r.n;
    e.byStatus[r.status] = r.n;
  }

  const keys = DASHBOARD_KEYS as readonly string[];
  const keyList = keys.map(() => '?').join(',');
  const statusCond = approvedOnly ? "AND r.status = 'approved'" : '';
  // Values are JSON text: numbers start with a digit or '-', strings with '"', blanks are 'null'.
  const isNumber = (col: string) => `substr(${col}, 1, 1) NOT IN ('"', 'n')`;
  // Reviewed value = the newest correction of (report, key), else the extracted value: extracted values
  // without any correction, plus the newest corrections (index corrections_doc_key serves both lookups).
  const extracted = db.prepare(
    `SELECT r.year, e.key, sum(CAST(e.value AS REAL)) AS total, count(*) AS n
     FROM extracted_fields e JOIN reports r ON r.document_id = e.document_id ${statusCond}
     WHERE e.key IN (${keyList}) AND ${isNumber('e.value')}
       AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.document_id = e.document_id AND c.key = e.key)
     GROUP BY r.year, e.key`,
  ).all(...keys) as { year: number | null; key: string; total: number; n: number }[];
  const corrected = db.prepare(
    `SELECT r.year, c.key, sum(CAST(c.new_value AS REAL)) AS total, count(*) AS n
     FROM corrections c JOIN reports r ON r.document_id = c.document_id ${statusCond}
     WHERE c.key IN (${keyList}) AND ${isNumber('c.new_value')}
       AND c.id = (SELECT max(id) FROM corrections c2 WHERE c2.document_id = c.document_id AND c2.key = c.key)
     GROUP BY r.year, c.key`,
  ).all(...keys) as { year: number | null; key: string; total: number; n: number }[];
  for (const r of [...extracted, ...corrected]) {
    const e = yearEntry(r.year);
    e.sums[r.key] = Math.round(((e.sums[r.key] ?? 0) + r.total) * 100) / 100;
    e.counts[r.key] = (e.counts[r.key] ?? 0) + r.n;
  }
  const byYear = [...years.values()].sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year));
  return { total, byStatus, byFormat, topFindings, byYear };
}
