import { describe, expect, it } from 'vitest';
import { checkOtherHigh } from '../../../src-main/core/validate/other-high.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

describe('OTHER-HIGH', () => {
  it.each(CLEAN_DOCS)('%s: （六）其他处理 is a small share', (doc) => {
    expect(checkOtherHigh(goldReport(doc))).toEqual([]);
  });

  it('fires when 其他处理 exceeds a fifth of 总计 (pingtan 2021 with 15 of 69 moved to 其他)', () => {
    const f = checkOtherHigh(perturb(goldReport('pingtan-2021.txt'), { 't3.other.misc.total': 15 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'OTHER-HIGH', severity: 'info', numbers: { other: 15, total: 69 } });
    expect(f[0].message).toContain('22%');
  });

  it('uses the 2019 single row', () => {
    const r = goldReport('pingtan-2019.txt');
    const total = Number(r.fields['t3.total.total']);
    expect(checkOtherHigh(perturb(r, { 't3.other.total': Math.ceil(total / 4) }))).toHaveLength(1);
  });
});
