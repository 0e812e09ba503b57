import { describe, expect, it } from 'vitest';
import { checkBlankCells } from '../../../src-main/core/validate/blank-cells.js';
import { checkT3Sums } from '../../../src-main/core/validate/t3-sums.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

describe('BLANK-CELL', () => {
  it.each(CLEAN_DOCS)('%s: no blank cells', (doc) => {
    expect(checkBlankCells(goldReport(doc))).toEqual([]);
  });

  it('003: the real blank cells of the statistics table, one finding each row', () => {
    const f = checkBlankCells(goldReport('003_323c5264ff0b08ab.txt'));
    expect(f.map((x) => x.keys[0])).toContain('stat.org.staff');
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
  });

  it('blank marks (null, —, /, 无) in one row are one finding, and still count as 0 in the sums', () => {
    const r = perturb(goldReport('pingtan-2021.txt'), { 't3.carried.natural': null, 't3.carried.business': '—', 't3.carried.research': '无' });
    const f = checkBlankCells(r);
    expect(f).toHaveLength(1);
    expect(f[0].keys.sort()).toEqual(['t3.carried.business', 't3.carried.natural', 't3.carried.research']);
    expect(f[0].message).toContain('自然人、法人或其他组织·商业企业、法人或其他组织·科研机构');
    expect(checkT3Sums(r)).toEqual([]); // pingtan 2021 carried nothing over: 0s and blanks agree
  });
});
