// Re-runs the single-report checks on a stored report after a reviewer changed a value, so the findings the
// review screen shows always follow the values in force. Decisions attach to fingerprints and survive.
import type { Db } from '../db/open.js';
import { getReviewedValues } from '../db/fields-repo.js';
import { getDocument, getSections, refreshFindingCounts } from '../db/reports-repo.js';
import { checkReport, type Finding } from '../validate/index.js';
import { asFormat } from '../validate/from-extraction.js';
import type { SectionRef } from '../extract/types.js';

/** rule id + sorted keys: what a reviewer's decision attaches to (same shape the findings table documents). */
export function fingerprintOf(f: Pick<Finding, 'ruleId' | 'keys'>): string {
  return `${f.ruleId}:${[...f.keys].sort().join(',')}`;
}

/** Checks the reviewed values of one stored report and replaces its findings. */
export function recheckStored(db: Db, id: number): void {
  const doc = getDocument(db, id);
  if (!doc) return;
  const fields = getReviewedValues(db, id);
  const format = (db.prepare('SELECT format FROM reports WHERE document_id = ?').get(id) as { format: string | null } | undefined)?.format;
  const findings = checkReport({
    format: asFormat(fields.format) ?? asFormat(format),
    fields,
    text: doc.text,
    normText: doc.normalizedText,
    sections: getSections(db, id) as SectionRef[],
    fileName: doc.fileName,
    htmlTitle: doc.htmlTitle ?? undefined,
  });
  const hasQuote = db.prepare("SELECT 1 FROM pragma_table_info('findings') WHERE name = 'quote'").get() !== undefined;
  db.transaction(() => {
    // Cross-report findings are computed elsewhere against other reports: keep them.
    const crossRules = ['CROSS-YEAR-CARRY', 'REPEATED-TEXT', 'DUPLICATE-REPORT'];
    db.prepare(`DELETE FROM findings WHERE document_id = ? AND rule_id NOT IN (${crossRules.map(() => '?').join(',')})`).run(id, ...crossRules);
    const ins = db.prepare(
      hasQuote
        ? 'INSERT INTO findings (document_id, rule_id, severity, keys, numbers, message, fingerprint, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
        : 'INSERT INTO findings (document_id, rule_id, severity, keys, numbers, message, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const f of findings) {
      const args: (string | number | null)[] = [id, f.ruleId, f.severity, JSON.stringify(f.keys), JSON.stringify(f.numbers), f.message, fingerprintOf(f)];
      if (hasQuote) args.push(f.quote ?? null);
      ins.run(...args);
    }
    db.prepare('UPDATE reports SET checked_at = ? WHERE document_id = ?').run(new Date().toISOString(), id);
    refreshFindingCounts(db, id);
  })();
}
