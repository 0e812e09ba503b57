import { describe, expect, it } from 'vitest';
import { checkFormatVersion } from '../../../src-main/core/validate/format-version.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

describe('FORMAT-VERSION', () => {
  it.each([...CLEAN_DOCS, '003_323c5264ff0b08ab.txt', 'pingtan-2016.txt'])('%s: format fits the year', (doc) => {
    expect(checkFormatVersion(goldReport(doc))).toEqual([]);
  });

  it('a 2021 report on the 2019 format fires', () => {
    const r = goldReport('pingtan-2019.txt');
    const f = checkFormatVersion(perturb({ ...r }, { year: 2021 }));
    expect(f).toEqual([expect.objectContaining({ ruleId: 'FORMAT-VERSION', severity: 'warning', keys: ['format', 'year'] })]);
  });

  it('a 2020 report on the 2021 tables, and a 2020 report without tables, fire', () => {
    expect(checkFormatVersion(perturb(goldReport('pingtan-2021.txt'), { year: 2020 }))).toHaveLength(1);
    expect(checkFormatVersion(perturb(goldReport('003_323c5264ff0b08ab.txt'), { year: 2020 }))[0].message).toContain('没有法定的表二');
  });
});
