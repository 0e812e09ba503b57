import { describe, expect, it } from 'vitest';
import { checkSummaryLength, SUMMARY_MAX_CHARS } from '../../../src-main/core/validate/summary-length.js';
import { goldReport } from './helpers.js';

describe('SUMMARY-TOO-LONG', () => {
  it('pingtan 2021: 总体情况 of about 1,559 characters is reported', () => {
    const f = checkSummaryLength(goldReport('pingtan-2021.txt'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'SUMMARY-TOO-LONG', severity: 'info', keys: ['section.1'] });
    expect(f[0].numbers.length).toBeGreaterThan(SUMMARY_MAX_CHARS);
  });

  it('the same report with 总体情况 cut to its first 800 characters is not', () => {
    const r = goldReport('pingtan-2021.txt');
    const one = r.sections.find((s) => s.no === 1)!;
    const sections = r.sections.map((s) => (s.no === 1 ? { ...s, normEnd: s.normStart + 800 } : s));
    expect(one.normEnd - one.normStart).toBeGreaterThan(800);
    expect(checkSummaryLength({ ...r, sections })).toEqual([]);
  });
});
