import { describe, expect, it } from 'vitest';
import { checkT3Sums } from '../../../src-main/core/validate/t3-sums.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

describe('table 三 sums', () => {
  it.each(CLEAN_DOCS)('%s: the real figures balance', (doc) => {
    expect(checkT3Sums(goldReport(doc))).toEqual([]);
  });

  it('T3-BALANCE fires on the column whose 结转下年度 is off, with the numbers and a Chinese message', () => {
    const r = perturb(goldReport('pingtan-2021.txt'), { 't3.carry_forward.natural': 2 });
    const found = checkT3Sums(r).filter((f) => f.ruleId === 'T3-BALANCE');
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.keys.sort()).toEqual(['t3.carried.natural', 't3.carry_forward.natural', 't3.new.natural', 't3.total.natural']);
    expect(f.numbers).toMatchObject({ left: 64, right: 65, 't3.new.natural': 64, 't3.carry_forward.natural': 2 });
    expect(f.message).toBe('表三"自然人"列：本年新收 64 + 上年结转 0 = 64，但办理结果总计 63 + 结转下年度 2 = 65');
  });

  it('T3-RESULT-SUM fires when a result row no longer adds up to （七）总计', () => {
    const r = perturb(goldReport('pingtan-2021.txt'), { 't3.public.natural': 28 });
    const found = checkT3Sums(r).filter((f) => f.ruleId === 'T3-RESULT-SUM');
    expect(found.map((f) => f.keys.includes('t3.public.natural'))).toEqual([true]);
    expect(found[0].numbers).toMatchObject({ left: 63, right: 64 });
    expect(found[0].message).toContain('表三"自然人"列：（七）总计为 63，但（一）至（六）各项：予以公开 28');
  });

  it('T3-COLUMN-SUM fires on the row whose 总计 is off', () => {
    const r = perturb(goldReport('huaian-2024-raw.txt'), { 't3.new.total': 1 + Number(goldReport('huaian-2024-raw.txt').fields['t3.new.total']) });
    const found = checkT3Sums(r).filter((f) => f.ruleId === 'T3-COLUMN-SUM');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^表三"本年新收"行：总计为 \d+，但自然人 \d+ \+ 商业企业/);
  });

  it('a blank cell counts as 0 in the sums', () => {
    const base = goldReport('pingtan-2021.txt');
    // 商业企业 column is all 0 in the real report: blanking one cell keeps every sum
    expect(checkT3Sums(perturb(base, { 't3.new.business': null }))).toEqual([]);
    const f = checkT3Sums(perturb(base, { 't3.new.natural': null }));
    expect(f.some((x) => x.ruleId === 'T3-BALANCE' && x.message.includes('本年新收 空白'))).toBe(true);
  });

  it('the 2019 single （六）其他处理 row is used for a 2019 report', () => {
    expect(checkT3Sums(perturb(goldReport('pingtan-2019.txt'), { 't3.other.natural': 1 })).map((f) => f.ruleId).sort())
      .toEqual(['T3-COLUMN-SUM', 'T3-RESULT-SUM']);
  });
});
