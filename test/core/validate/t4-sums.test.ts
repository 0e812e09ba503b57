import { describe, expect, it } from 'vitest';
import { checkT4Sums } from '../../../src-main/core/validate/t4-sums.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

describe('table 四 sums', () => {
  it.each(CLEAN_DOCS)('%s: the real figures balance', (doc) => {
    expect(checkT4Sums(goldReport(doc))).toEqual([]);
  });

  it('T4-GROUP-SUM fires on the group whose 总计 is off', () => {
    // pingtan 2021: 行政复议 1 + 0 + 2 + 0 = 3
    const found = checkT4Sums(perturb(goldReport('pingtan-2021.txt'), { 't4.review.total': 4 }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'T4-GROUP-SUM', severity: 'error', numbers: { left: 4, right: 3 } });
    expect(found[0].keys).toContain('t4.review.pending');
    expect(found[0].message).toBe('表四"行政复议"：总计为 4，但结果维持 1 + 结果纠正 0 + 其他结果 2 + 尚未审结 0 = 3');
  });
});
