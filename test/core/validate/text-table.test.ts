import { describe, expect, it } from 'vitest';
import { checkTextTable } from '../../../src-main/core/validate/text-table.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

describe('TEXT-TABLE-MISMATCH', () => {
  it.each([...CLEAN_DOCS, '003_323c5264ff0b08ab.txt', '001_e37cf357f63797f5.txt'])('%s: narrative agrees with the tables', (doc) => {
    expect(checkTextTable(goldReport(doc))).toEqual([]);
  });

  it('pingtan 2021 says 共收到70件申请: a table 本年新收 of 71 disagrees, quoting the sentence', () => {
    const f = checkTextTable(perturb(goldReport('pingtan-2021.txt'), { 't3.new.total': 71 }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'TEXT-TABLE-MISMATCH', severity: 'warning', keys: ['t3.new.total'], numbers: { narrative: 70, table: 71 } });
    expect(f[0].quote).toContain('共收到70件申请');
  });

  it('pingtan 2021 says 1件结转下年度: a table figure of 2 disagrees', () => {
    const f = checkTextTable(perturb(goldReport('pingtan-2021.txt'), { 't3.carry_forward.total': 2 }));
    expect(f.map((x) => x.keys)).toEqual([['t3.carry_forward.total']]);
  });

  it('web-097 (real excerpt): the narrative says 受理…申请2件 but table 三 shows 3', () => {
    const f = checkTextTable(goldReport('web-097.txt'));
    expect(f).toHaveLength(1);
    expect(f[0].numbers).toMatchObject({ narrative: 2, table: 3 });
  });

  it('pingtan 2023 lists channels in its total (通过邮寄、网络提交的各类…申请共计81件): still the total', () => {
    const f = checkTextTable(perturb(goldReport('pingtan-2023.txt'), { 't3.new.total': 82 }));
    expect(f.map((x) => x.numbers.narrative)).toEqual([81]);
  });

  it('sub-counts and other figures are not read as the total', () => {
    const r = goldReport('pingtan-2021.txt');
    const one = r.sections.find((s) => s.no === 3)!;
    const extra = '其中网络申请5件。受理因政府信息公开提起的行政复议申请9件。';
    const normText = r.normText.slice(0, one.normEnd) + extra + r.normText.slice(one.normEnd);
    const sections = r.sections.map((s) => (s.no === 3 ? { ...s, normEnd: s.normEnd + extra.length } : s.no > 3 ? { ...s, normStart: s.normStart + extra.length, normEnd: s.normEnd + extra.length } : s));
    expect(checkTextTable({ ...r, normText, sections })).toEqual([]);
  });

  it('pingtan 2023 says 行政诉讼案件7件: the sum of both 行政诉讼 groups (5 + 2)', () => {
    expect(checkTextTable(perturb(goldReport('pingtan-2023.txt'), { 't4.suit_after.total': 3 }))[0].message)
      .toMatch(/正文称行政诉讼 7 件.*"表四 行政诉讼·未经复议直接起诉 · 总计" 5 \+ "表四 行政诉讼·复议后起诉 · 总计" 3 = 8$/);
  });

  it('a figure without its table key is not compared', () => {
    const r = goldReport('pingtan-2021.txt');
    const fields = Object.fromEntries(Object.entries(r.fields).filter(([k]) => k !== 't3.new.total'));
    expect(checkTextTable({ ...r, fields })).toEqual([]);
  });
});
