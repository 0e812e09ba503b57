import { describe, expect, it } from 'vitest';
import { checkSections, findSections } from '../../../src-main/core/validate/sections.js';
import { CLEAN_DOCS, goldReport } from './helpers.js';

describe('sections', () => {
  it.each(CLEAN_DOCS)('%s: the locator finds all six sections in order', (doc) => {
    const r = goldReport(doc);
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(checkSections(r)).toEqual([]);
  });

  it('finds 五 under its longer real wording', () => {
    const s = findSections('一、总体情况\n甲\n五、政府信息公开工作存在的主要问题及改进情况\n乙');
    expect(s.map((x) => x.no)).toEqual([1, 5]);
  });

  it('SECTION-MISSING fires for each section that is not there', () => {
    const r = goldReport('pingtan-2021.txt');
    const f = checkSections({ ...r, sections: r.sections.filter((s) => s.no !== 5 && s.no !== 6) });
    expect(f.map((x) => x.keys[0])).toEqual(['section.5', 'section.6']);
    expect(f[0]).toMatchObject({ ruleId: 'SECTION-MISSING', severity: 'warning' });
    expect(f[0].message).toContain('五、存在的主要问题及改进情况');
  });

  it('does not apply to pre-2019 reports', () => {
    expect(checkSections(goldReport('001_e37cf357f63797f5.txt'))).toEqual([]);
  });
});
