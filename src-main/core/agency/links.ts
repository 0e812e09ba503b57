// Which reports belong to the same agency: the same agency_key, or linked by a reviewer — minus the pairs a
// reviewer unlinked. Links are stored one row per pair (a < b) in agency_links.
import type { Db } from '../db/open.js';
import { agencyKey } from './agency-key.js';
import { stmt } from '../db/statements.js';

export interface AgencyReport {
  documentId: number;
  agency: string | null;
  year: number | null;
  format: string | null;
  fileName: string;
  /** 'key': same agency_key; 'linked': a reviewer linked the two */
  via: 'key' | 'linked';
}

function setLink(db: Db, a: number, b: number, same: boolean, reviewer: string, at: string): void {
  if (a === b) throw new Error('不能把报告与自身关联');
  const [lo, hi] = a < b ? [a, b] : [b, a];
  db.transaction(() => {
    db.prepare(
      `INSERT INTO agency_links (a, b, same, reviewer, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(a, b) DO UPDATE SET same = excluded.same, reviewer = excluded.reviewer, at = excluded.at`,
    ).run(lo, hi, same ? 1 : 0, reviewer, at);
    const kind = same ? 'agency-link' : 'agency-unlink';
    const ev = db.prepare('INSERT INTO review_events (document_id, kind, detail, reviewer, at) VALUES (?, ?, ?, ?, ?)');
    ev.run(a, kind, String(b), reviewer, at);
    ev.run(b, kind, String(a), reviewer, at);
  })();
}

/** a reviewer says: these two reports are of the same agency */
export function linkReports(db: Db, a: number, b: number, reviewer: string, at = new Date().toISOString()): void {
  setLink(db, a, b, true, reviewer, at);
}

/** a reviewer says: these two reports are NOT of the same agency (even if their names match) */
export function unlinkReports(db: Db, a: number, b: number, reviewer: string, at = new Date().toISOString()): void {
  setLink(db, a, b, false, reviewer, at);
}

/** The other reports of the same agency as `documentId`, by year (newest first). */
export function sameAgencyReports(db: Db, documentId: number): AgencyReport[] {
  // a UNION of two indexed look-ups (same key, linked): an OR over both made SQLite scan every report
  return stmt(
    db,
    `WITH links AS (SELECT CASE WHEN a = :id THEN b ELSE a END AS other, same FROM agency_links WHERE a = :id OR b = :id),
          cand AS (
            SELECT document_id AS id, 'key' AS via FROM reports
             WHERE agency_key = (SELECT agency_key FROM reports WHERE document_id = :id) AND agency_key IS NOT NULL
            UNION ALL
            SELECT other AS id, 'linked' AS via FROM links WHERE same = 1
          )
     SELECT r.document_id AS documentId, r.agency, r.year, r.format, COALESCE(d.file_name, '') AS fileName,
            MAX(cand.via) AS via
     FROM cand JOIN reports r ON r.document_id = cand.id LEFT JOIN documents d ON d.id = r.document_id
     WHERE r.document_id <> :id AND r.document_id NOT IN (SELECT other FROM links WHERE same = 0)
     GROUP BY r.document_id
     ORDER BY r.year IS NULL, r.year DESC, r.document_id`,
  ).all({ id: documentId }) as AgencyReport[];
}

/** Recomputes reports.agency_key from the report's agency name; returns the key. */
export function refreshAgencyKey(db: Db, documentId: number): string | null {
  const row = stmt(db, 'SELECT agency FROM reports WHERE document_id = ?').get(documentId) as { agency: string | null } | undefined;
  const key = agencyKey(row?.agency);
  stmt(db, 'UPDATE reports SET agency_key = ? WHERE document_id = ?').run(key, documentId);
  return key;
}
