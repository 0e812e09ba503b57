import { describe, expect, it } from 'vitest';
import { findSections as extractionSections } from '../../../src-main/core/extract/sections.js';
import { reportForCheckFromExtraction } from '../../../src-main/core/validate/from-extraction.js';
import { SECTION_SPECS, checkSections, findSections, sectionText } from '../../../src-main/core/validate/sections.js';
import { CLEAN_DOCS, extracted, goldReport } from './helpers.js';

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

  it('the rules read the sections the extraction located (one locator for both)', async () => {
    expect(findSections).toBe(extractionSections);
    const { parsed, norm, extraction } = await extracted('pingtan-2021.txt');
    const r = reportForCheckFromExtraction(extraction, parsed, norm);
    expect(r.sections).toBe(extraction.sections);
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(checkSections(r)).toEqual([]);
    expect(sectionText(r, 6)).toMatch(/^六/);
  });

  it('names each missing section by the template title', () => {
    expect(SECTION_SPECS.map((s) => s.title)).toEqual([
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ]);
  });
});
