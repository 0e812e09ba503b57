import { describe, expect, it } from 'vitest';
import { checkDates, deadlineOf, periodYear, titleYear } from '../../../src-main/core/validate/dates.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

const rules = (r: ReturnType<typeof goldReport>) => checkDates(r).map((f) => f.ruleId);

describe('dates', () => {
  it.each([...CLEAN_DOCS, '000_28c6ce0be4e3de16.txt', '004_43d0b42a4a6d771f.txt', 'pingtan-2016.txt'])('%s: years agree, published in time', (doc) => {
    expect(checkDates(goldReport(doc))).toEqual([]);
  });

  it('reads the title year and the statistical period from the real text', () => {
    const r = goldReport('pingtan-2021.txt');
    expect(titleYear(r)).toBe(2021);
    expect(periodYear(r)).toBe(2021);
    expect(titleYear(goldReport('000_28c6ce0be4e3de16.txt'))).toBe(2017);
  });

  it('a sentence about last year\'s report is not the title (按时公布2010年…年度报告)', () => {
    expect(titleYear(goldReport('web-058.txt'))).toBeUndefined();
  });

  it('YEAR-MISMATCH: the report year disagrees with the title and period of the real text', () => {
    const f = checkDates(perturb(goldReport('pingtan-2021.txt'), { year: 2020, published: '2021-02-08' }));
    expect(f.map((x) => x.ruleId)).toEqual(['YEAR-MISMATCH']);
    expect(f[0].numbers).toMatchObject({ year: 2020, titleYear: 2021, periodYear: 2021, publishedYear: 2021 });
    expect(f[0].message).toBe('年度不一致：报告年度 2020，标题年度 2021，统计期限 2021 年，发布日期 2021-02-08（对应 2020 年度）');
  });

  it('LATE-PUBLICATION: a street office (004) has until 31 January; a whole government until 31 March', () => {
    expect(rules(perturb(goldReport('004_43d0b42a4a6d771f.txt'), { published: '2022-02-10' }))).toEqual(['LATE-PUBLICATION']);
    expect(rules(perturb(goldReport('pingtan-2021.txt'), { published: '2022-03-31' }))).toEqual([]);
    const late = checkDates(perturb(goldReport('pingtan-2021.txt'), { published: '2022-04-01' }));
    expect(late.map((x) => x.ruleId)).toEqual(['LATE-PUBLICATION']);
    expect(late[0].message).toBe('发布日期 2022-04-01 晚于 2021 年度报告的截止日期 2022-03-31（县级以上人民政府：次年3月31日前）');
  });

  it('before 2019 the deadline is 31 March for everyone', () => {
    expect(deadlineOf(2017, '柳北区人民政府').date).toBe('2018-03-31');
    expect(deadlineOf(2017, '北京市水务局').date).toBe('2018-03-31');
    expect(deadlineOf(2021, '北京市水务局').date).toBe('2022-01-31');
    expect(rules(perturb(goldReport('000_28c6ce0be4e3de16.txt'), { published: '2018-04-02' }))).toEqual(['LATE-PUBLICATION']);
  });
});
