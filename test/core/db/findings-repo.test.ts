import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { decideFinding, DecisionError, fingerprintOf, listFindings, resetFindingDecision, saveFindings } from '../../../src-main/core/db/findings-repo.js';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index.js';
import { migrate } from '../../../src-main/core/db/open.js';
import { checkReport } from '../../../src-main/core/validate/index.js';
import { tempDb, tempDir } from '../../helpers/temp-db.js';
import { goldReport, insertCorpusDoc, perturb } from '../validate/helpers.js';
import type { Db } from '../../../src-main/core/db/open.js';

let cleanup = () => {};
afterEach(() => cleanup());

const counts = (db: Db, id: number) =>
  db.prepare('SELECT errors, warnings, infos, open_errors FROM reports WHERE document_id = ?').get(id);

describe('migration 0004', () => {
  it('adds findings.quote on top of 0003 and keeps existing findings', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'q.db'));
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(`INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
      VALUES ('z', 'txt', 'z.txt', 1, 'utf-8', 1, 't', 'n', x'', x'', '[]', 'now')`).run();
    db.prepare(`INSERT INTO findings (document_id, rule_id, severity, keys, numbers, message, fingerprint) VALUES (1, 'T3-BALANCE', 'error', '[]', '{}', 'm', 'T3-BALANCE:')`).run();
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT rule_id, quote FROM findings').all()).toEqual([{ rule_id: 'T3-BALANCE', quote: null }]);
    db.close();
  });
});

describe('findings-repo', () => {
  it('saves the findings of a real report with quotes and counts; open errors exclude dismissed ones', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const id = await insertCorpusDoc(t.db, '004_43d0b42a4a6d771f.txt');
    // 004's real figures with one T3 cell off: TAMPERED-CONTENT + T3 errors, and its infos
    const findings = checkReport(perturb(goldReport('004_43d0b42a4a6d771f.txt'), { 't3.new.natural': 1 }));
    saveFindings(t.db, id, findings);
    const stored = listFindings(t.db, id);
    expect(stored.map((f) => f.ruleId)).toEqual(findings.map((f) => f.ruleId));
    expect(stored.find((f) => f.ruleId === 'TAMPERED-CONTENT')!.quote).toContain('365体育投注');
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThanOrEqual(3);
    expect(counts(t.db, id)).toEqual({
      errors, warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length, open_errors: errors,
    });

    const tampered = stored.find((f) => f.ruleId === 'TAMPERED-CONTENT')!;
    expect(tampered.fingerprint).toBe(fingerprintOf(tampered));
    expect(() => decideFinding(t.db, { documentId: id, fingerprint: tampered.fingerprint, decision: 'dismissed', reason: ' ', reviewer: '张三' }))
      .toThrow(DecisionError);
    decideFinding(t.db, { documentId: id, fingerprint: tampered.fingerprint, decision: 'dismissed', reason: '已向发布机关核实原文', reviewer: '张三' });
    expect(counts(t.db, id)).toMatchObject({ errors, open_errors: errors - 1 });
    const balance = stored.find((f) => f.ruleId === 'T3-BALANCE')!;
    decideFinding(t.db, { documentId: id, fingerprint: balance.fingerprint, decision: 'confirmed', reviewer: '李四' });
    expect(counts(t.db, id)).toMatchObject({ open_errors: errors - 1 }); // a confirmed error stays open
    expect(listFindings(t.db, id).find((f) => f.ruleId === 'TAMPERED-CONTENT')!.decision)
      .toMatchObject({ decision: 'dismissed', reason: '已向发布机关核实原文', reviewer: '张三' });

    const events = t.db.prepare('SELECT kind, detail, reviewer FROM review_events WHERE document_id = ? ORDER BY id').all(id);
    expect(events).toEqual([
      { kind: 'finding-dismiss', detail: JSON.stringify({ fingerprint: tampered.fingerprint, reason: '已向发布机关核实原文' }), reviewer: '张三' },
      { kind: 'finding-confirm', detail: JSON.stringify({ fingerprint: balance.fingerprint, reason: null }), reviewer: '李四' },
    ]);
  });

  it('decisions survive a re-check while the rule fires on the same keys, and come back with it', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const id = await insertCorpusDoc(t.db, 'pingtan-2021.txt');
    const wrong = perturb(goldReport('pingtan-2021.txt'), { 't4.review.total': 4 });
    saveFindings(t.db, id, checkReport(wrong));
    const f = listFindings(t.db, id).find((x) => x.ruleId === 'T4-GROUP-SUM')!;
    decideFinding(t.db, { documentId: id, fingerprint: f.fingerprint, decision: 'dismissed', reason: '原表如此', reviewer: '张三' });
    expect(counts(t.db, id)).toMatchObject({ errors: 1, open_errors: 0 });

    // re-check with other numbers, same rule and keys: the decision holds
    saveFindings(t.db, id, checkReport(perturb(wrong, { 't4.review.total': 5 })));
    expect(listFindings(t.db, id).find((x) => x.ruleId === 'T4-GROUP-SUM')!.decision?.decision).toBe('dismissed');
    expect(counts(t.db, id)).toMatchObject({ errors: 1, open_errors: 0 });

    // corrected: the finding is gone; wrong again: it comes back dismissed
    saveFindings(t.db, id, checkReport(goldReport('pingtan-2021.txt')));
    expect(listFindings(t.db, id).some((x) => x.ruleId === 'T4-GROUP-SUM')).toBe(false);
    saveFindings(t.db, id, checkReport(wrong));
    expect(listFindings(t.db, id).find((x) => x.ruleId === 'T4-GROUP-SUM')!.decision?.decision).toBe('dismissed');

    expect(resetFindingDecision(t.db, { documentId: id, fingerprint: f.fingerprint, reviewer: '张三' })).toBe(true);
    expect(resetFindingDecision(t.db, { documentId: id, fingerprint: f.fingerprint, reviewer: '张三' })).toBe(false);
    expect(counts(t.db, id)).toMatchObject({ errors: 1, open_errors: 1 });
    expect(t.db.prepare("SELECT count(*) AS n FROM review_events WHERE kind = 'finding-reset'").get()).toEqual({ n: 1 });
  });

  it('saveFindings with onlyRules replaces just those rules', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const id = await insertCorpusDoc(t.db, 'pingtan-2021.txt');
    saveFindings(t.db, id, checkReport(perturb(goldReport('pingtan-2021.txt'), { 't4.review.total': 4 })));
    const before = listFindings(t.db, id).length;
    saveFindings(t.db, id, [{ ruleId: 'DUPLICATE-REPORT', severity: 'info', keys: [], numbers: {}, message: '重复导入' }], { onlyRules: ['DUPLICATE-REPORT'] });
    expect(listFindings(t.db, id)).toHaveLength(before + 1);
    saveFindings(t.db, id, [], { onlyRules: ['DUPLICATE-REPORT'] });
    expect(listFindings(t.db, id)).toHaveLength(before);
  });
});
