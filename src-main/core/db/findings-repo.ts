// Findings of the checks and the reviewer's decisions on them. Findings are replaced on every check run;
// decisions are keyed by a fingerprint (rule id + sorted keys), so a decision survives re-extraction and
// re-checking as long as the same rule still fires on the same keys.
import type { Db } from './open.js';
import type { Finding, Severity } from '../validate/types.js';
import { stmt } from './statements.js';


export type Decision = 'confirmed' | 'dismissed';

export interface FindingDecision {
  decision: Decision;
  reason: string | null;
  reviewer: string;
  at: string;
}

export interface StoredFinding extends Finding {
  id: number;
  fingerprint: string;
  decision: FindingDecision | null;
}

/** rule id + sorted keys: what a reviewer's decision attaches to */
export function fingerprintOf(f: Pick<Finding, 'ruleId' | 'keys'>): string {
  return `${f.ruleId}:${[...f.keys].sort().join(',')}`;
}

const SEVERITY_RANK = "CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END";

/** errors, warnings, infos and open errors (errors without a 'dismissed' decision) into the reports row */
export function refreshCounts(db: Db, documentId: number): void {
  stmt(db,
    `UPDATE reports SET
       errors   = (SELECT count(*) FROM findings WHERE document_id = reports.document_id AND severity = 'error'),
       warnings = (SELECT count(*) FROM findings WHERE document_id = reports.document_id AND severity = 'warning'),
       infos    = (SELECT count(*) FROM findings WHERE document_id = reports.document_id AND severity = 'info'),
       open_errors = (SELECT count(*) FROM findings f WHERE f.document_id = reports.document_id AND f.severity = 'error'
         AND NOT EXISTS (SELECT 1 FROM finding_decisions d
                         WHERE d.document_id = f.document_id AND d.fingerprint = f.fingerprint AND d.decision = 'dismissed'))
     WHERE document_id = ?`,
  ).run(documentId);
}

/**
 * Replaces the findings of a document (all of them, or only those of `onlyRules`, so single-report and
 * cross-report checks can be saved apart) and recomputes the report's counts.
 */
export function saveFindings(
  db: Db,
  documentId: number,
  findings: readonly Finding[],
  options: { onlyRules?: readonly string[]; at?: string } = {},
): void {
  const at = options.at ?? new Date().toISOString();
  db.transaction(() => {
    if (options.onlyRules) {
      const rules = [...options.onlyRules];
      if (rules.length) {
        db.prepare(`DELETE FROM findings WHERE document_id = ? AND rule_id IN (${rules.map(() => '?').join(',')})`).run(documentId, ...rules);
      }
    } else {
      stmt(db, 'DELETE FROM findings WHERE document_id = ?').run(documentId);
    }
    const ins = stmt(db,
      `INSERT INTO findings (document_id, rule_id, severity, keys, numbers, message, fingerprint, quote)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of findings) {
      if (options.onlyRules && !options.onlyRules.includes(f.ruleId)) continue;
      ins.run(documentId, f.ruleId, f.severity, JSON.stringify(f.keys), JSON.stringify(f.numbers), f.message, fingerprintOf(f), f.quote ?? null);
    }
    stmt(db,
      `INSERT INTO reports (document_id, checked_at) VALUES (?, ?)
       ON CONFLICT(document_id) DO UPDATE SET checked_at = excluded.checked_at`,
    ).run(documentId, at);
    refreshCounts(db, documentId);
  })();
}

type Row = {
  id: number; rule_id: string; severity: Severity; keys: string; numbers: string; message: string; quote: string | null;
  fingerprint: string; decision: Decision | null; reason: string | null; reviewer: string | null; at: string | null;
};

/** The findings of a document with the reviewer's decision on each; errors first, then in check order. */
export function listFindings(db: Db, documentId: number): StoredFinding[] {
  const rows = db
    .prepare(
      `SELECT f.id, f.rule_id, f.severity, f.keys, f.numbers, f.message, f.quote, f.fingerprint,
              d.decision, d.reason, d.reviewer, d.at
       FROM findings f LEFT JOIN finding_decisions d ON d.document_id = f.document_id AND d.fingerprint = f.fingerprint
       WHERE f.document_id = ? ORDER BY ${SEVERITY_RANK}, f.id`,
    )
    .all(documentId) as Row[];
  return rows.map((r) => {
    const f: StoredFinding = {
      id: r.id,
      ruleId: r.rule_id,
      severity: r.severity,
      keys: JSON.parse(r.keys) as string[],
      numbers: JSON.parse(r.numbers) as Record<string, number | null>,
      message: r.message,
      fingerprint: r.fingerprint,
      decision: r.decision ? { decision: r.decision, reason: r.reason, reviewer: r.reviewer ?? '', at: r.at ?? '' } : null,
    };
    if (r.quote !== null) f.quote = r.quote;
    return f;
  });
}

export class DecisionError extends Error {}

function addEvent(db: Db, documentId: number, kind: string, fingerprint: string, reason: string | null, reviewer: string, at: string): void {
  // Same detail shape as the rest of the history: JSON {fingerprint, reason}.
  db.prepare('INSERT INTO review_events (document_id, kind, detail, reviewer, at) VALUES (?, ?, ?, ?, ?)')
    .run(documentId, kind, JSON.stringify({ fingerprint, reason }), reviewer, at);
}

/** 已确认 / 已排除 (a dismissal needs a reason). Stored by fingerprint, with a review_events row. */
export function decideFinding(
  db: Db,
  input: { documentId: number; fingerprint: string; decision: Decision; reason?: string | null; reviewer: string; at?: string },
): void {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'dismissed' && !reason) throw new DecisionError('排除校验问题时必须填写理由');
  if (!input.reviewer.trim()) throw new DecisionError('缺少审核人');
  const at = input.at ?? new Date().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO finding_decisions (document_id, fingerprint, decision, reason, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(document_id, fingerprint) DO UPDATE SET decision = excluded.decision, reason = excluded.reason,
         reviewer = excluded.reviewer, at = excluded.at`,
    ).run(input.documentId, input.fingerprint, input.decision, reason, input.reviewer, at);
    addEvent(db, input.documentId, input.decision === 'confirmed' ? 'finding-confirm' : 'finding-dismiss', input.fingerprint, reason, input.reviewer, at);
    refreshCounts(db, input.documentId);
  })();
}

/** Withdraws a decision (the finding is open again), with a 'finding-reset' review event. */
export function resetFindingDecision(db: Db, input: { documentId: number; fingerprint: string; reviewer: string; at?: string }): boolean {
  const at = input.at ?? new Date().toISOString();
  return db.transaction(() => {
    const info = db.prepare('DELETE FROM finding_decisions WHERE document_id = ? AND fingerprint = ?').run(input.documentId, input.fingerprint);
    if (info.changes === 0) return false;
    addEvent(db, input.documentId, 'finding-reset', input.fingerprint, null, input.reviewer, at);
    refreshCounts(db, input.documentId);
    return true;
  })();
}
