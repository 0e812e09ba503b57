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
  // Reviewed value per (report, key): the newest correction, else the extracted value.
  const rows = db.prepare(
    `WITH latest AS (
       SELECT c.document_id, c.key, c.new_value AS v FROM corrections c
       WHERE c.key IN (${keyList}) AND c.id = (SELECT max(id) FROM corrections c2 WHERE c2.document_id = c.document_id AND c2.key = c.key)
     ),
     vals AS (
       SELECT e.document_id, e.key, coalesce((SELECT v FROM latest l WHERE l.document_id = e.document_id AND l.key = e.key), e.value) AS v
       FROM extracted_fields e WHERE e.key IN (${keyList})
       UNION ALL
       SELECT l.document_id, l.key, l.v FROM latest l
       WHERE NOT EXISTS (SELECT 1 FROM extracted_fields e WHERE e.document_id = l.document_id AND e.key = l.key)
     )
     SELECT r.year, vals.key, sum(CAST(vals.v AS REAL)) AS total, count(*) AS n
     FROM vals JOIN reports r ON r.document_id = vals.document_id
     WHERE json_valid(vals.v) AND json_type(vals.v) IN ('integer', 'real') ${approvedOnly ? "AND r.status = 'approved'" : ''}
     GROUP BY r.year, vals.key`,
  ).all(...keys, ...keys) as { year: number | null; key: string; total: number; n: number }[];
  for (const r of rows) {
    const e = yearEntry(r.year);
    e.sums[r.key] = Math.round(r.total * 100) / 100;
    e.counts[r.key] = r.n;
  }
  const byYear = [...years.values()].sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year));
  return { total, byStatus, byFormat, topFindings, byYear };
}
