// Figures stated in the prose: which phrases count, which do not, and how they narrow candidate readings.
import { describe, expect, it } from 'vitest';
import { compactOf } from '../../../../src-main/core/extract/tables/compact.js';
import { findFacts, narrowByFacts, type Fact } from '../../../../src-main/core/extract/tables/narrative-facts.js';

function facts(text: string): { keys: string; value: number }[] {
  const c = compactOf(text).text;
  return findFacts(c, [[0, c.length]]).map((f) => ({ keys: f.keys.join('+'), value: f.value }));
}

describe('findFacts', () => {
  it('reads a procedure total and its results over PDF line breaks (huaian-2024 wording)', () => {
    const text =
      '政府信息公开行政复议 351\n件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25\n件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。';
    expect(facts(text)).toEqual([
      { keys: 't4.review.total', value: 351 },
      { keys: 't4.review.upheld', value: 72 },
      { keys: 't4.review.corrected', value: 64 },
      { keys: 't4.review.other', value: 178 },
      { keys: 't4.review.pending', value: 37 },
      // 行政诉讼 is the two litigation groups together
      { keys: 't4.suit_direct.total+t4.suit_after.total', value: 46 },
      { keys: 't4.suit_direct.upheld+t4.suit_after.upheld', value: 25 },
      { keys: 't4.suit_direct.corrected+t4.suit_after.corrected', value: 5 },
      { keys: 't4.suit_direct.other+t4.suit_after.other', value: 9 },
      { keys: 't4.suit_direct.pending+t4.suit_after.pending', value: 7 },
    ]);
  });
  it('reads requests, answers and carry-over (pingtan-2021, huaian-2024, pingtan-2023 wordings)', () => {
    expect(facts('本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。')).toEqual([
      { keys: 't3.new.total', value: 70 },
      { keys: 't3.total.total', value: 69 },
      { keys: 't3.carry_forward.total', value: 1 },
    ]);
    expect(facts('2024 年，全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）')).toEqual([
      { keys: 't3.new.total', value: 3119 },
      { keys: 't3.total.total', value: 3050 },
      { keys: 't3.carried.total', value: 34 },
      { keys: 't3.carry_forward.total', value: 103 },
    ]);
    expect(facts('2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件')).toEqual([{ keys: 't3.new.total', value: 81 }]);
  });
  it('tells 制发 from 现行有效 and 废止 (pingtan-2023 wording)', () => {
    const got = facts('清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。废止规范性文件12件。');
    expect(got).toEqual([
      { keys: 't2.normative.issued', value: 77 },
      { keys: 't2.normative.made', value: 77 },
      { keys: 't2.normative.in_force', value: 393 },
      { keys: 't2.normative.repealed', value: 12 },
    ]);
  });
  it('decisions of 行政许可 / 行政处罚 / 行政强制 with a verb that makes them decisions', () => {
    expect(facts('全年处理行政许可2293件，作出行政处罚决定1282件，实施行政强制措施42件。')).toEqual([
      { keys: 't2.license.decisions', value: 2293 },
      { keys: 't2.penalty.decisions', value: 1282 },
      { keys: 't2.coercion.decisions', value: 42 },
    ]);
    // information items about them are not decisions
    expect(facts('行政许可类信息69条，行政处罚信息公开120条')).toEqual([]);
  });
  it('running totals, earlier years and approximate figures state nothing about the year’s cells', () => {
    expect(facts('截至目前，累计制发规范性文件300件。')).toEqual([]);
    expect(facts('去年制发规范性文件5件。')).toEqual([]);
    expect(facts('全年收到申请3500余件。')).toEqual([]);
    expect(facts('收到行政复议申请3件。')).toEqual([]); // not the table's 行政复议 count of cases
  });
  it('Chinese numerals', () => {
    expect(facts('本年度共收到政府信息公开申请十二件。')).toEqual([{ keys: 't3.new.total', value: 12 }]);
  });
});

describe('narrowByFacts', () => {
  const f = (keys: string[], value: number): Fact => ({ keys, value, start: 0, end: 0 });
  const cands = [
    { a: 77, b: 1, c: 32470 },
    { a: 77, b: 132, c: 470 },
    { a: 7, b: 713, c: 2470 },
  ];
  const valueOf = (c: Record<string, number>, k: string) => c[k];
  it('keeps the candidates consistent with every satisfiable fact', () => {
    expect(narrowByFacts(cands, [f(['a'], 77)], valueOf).kept).toEqual(cands.slice(0, 2));
    expect(narrowByFacts(cands, [f(['a'], 77), f(['c'], 470)], valueOf).kept).toEqual([cands[1]]);
    expect(narrowByFacts(cands, [f(['a', 'b'], 209)], valueOf).kept).toEqual([cands[1]]);
  });
  it('sets aside a fact no candidate satisfies (another scope), and facts on cells the candidates lack', () => {
    const r = narrowByFacts(cands, [f(['a'], 77), f(['c'], 393), f(['zz'], 1)], valueOf);
    expect(r.kept).toEqual(cands.slice(0, 2));
    expect(r.used.map((u) => u.value)).toEqual([77]);
  });
  it('facts that contradict each other narrow nothing', () => {
    const r = narrowByFacts(cands, [f(['a'], 7), f(['c'], 470)], valueOf);
    expect(r.kept).toEqual(cands);
    expect(r.used).toEqual([]);
  });
});

describe('findFacts, dated clauses', () => {
  it('an earlier year dates only its own clause; the results of a dated procedure go with it', () => {
    expect(facts('共受理申请3119件（含上年度结转申请34件，另有103件顺延到下年度答复）')).toContainEqual({ keys: 't3.carry_forward.total', value: 103 });
    expect(facts('去年发生行政复议3件，其中结果维持2件。')).toEqual([]);
  });
});

describe('findFacts, litigation groups', () => {
  it('a named group is that group alone, never both together', () => {
    expect(facts('未经复议直接提起行政诉讼26件，复议后起诉20件。')).toEqual([
      { keys: 't4.suit_direct.total', value: 26 },
      { keys: 't4.suit_after.total', value: 20 },
    ]);
    expect(facts('申请人经复议后提起行政诉讼3件。')).toEqual([{ keys: 't4.suit_after.total', value: 3 }]);
  });
});

describe('findFacts, 依申请公开 wordings', () => {
  it('受理依申请公开N件 is the year’s new requests', () => {
    expect(facts('全年共受理依申请公开45件，办结依申请公开44件。')).toEqual([
      { keys: 't3.new.total', value: 45 },
      { keys: 't3.total.total', value: 44 },
    ]);
  });
});

describe('findFacts, other matters', () => {
  it('办结 counts requests only in a sentence about 申请 (not 政务服务窗口 business)', () => {
    expect(facts('2021年政务服务窗口共受理各类业务438件,办结438件,办结率100%。')).toEqual([]);
  });
});

describe('stated figures against the gold tables of the corpus', () => {
  it('agree with the table in the great majority of cases (the rest: another scope, or the report contradicts itself)', async () => {
    const { loadGolds } = await import('../../../helpers/corpus.js');
    const { loadDoc } = await import('./load-corpus.js');
    const { flatDoc, table2Region, table3Region, table4Region } = await import('../../../../src-main/core/extract/tables/flat-regions.js');
    let agree = 0;
    let disagree = 0;
    for (const g of loadGolds()) {
      if (!Object.keys(g.fields).some((k) => /^t[234]\./.test(k))) continue;
      const { norm } = await loadDoc(g.doc);
      const d = flatDoc(norm.text);
      const start2 = table2Region(d, d.c.text.length);
      const r3 = table3Region(d, start2 ? start2.cFrom : 0);
      const r2 = table2Region(d, r3 ? r3.cFrom : d.c.text.length);
      if (!r2 && !r3) continue;
      const r4 = table4Region(d, r3 ? r3.cFrom : r2!.cFrom);
      const from = r2?.cFrom ?? r3?.cFrom ?? 0;
      const to = r4?.cTo ?? r3?.cTo ?? from;
      for (const f of findFacts(d.c.text, [[0, from], [to, d.c.text.length]])) {
        if (!f.keys.every((k) => k in g.fields)) continue;
        const sum = f.keys.reduce((s, k) => s + Number(g.fields[k] ?? 0), 0);
        if (sum === f.value) agree++;
        else disagree++;
      }
    }
    expect(agree).toBeGreaterThan(50);
    expect(disagree / (agree + disagree)).toBeLessThan(0.1);
  });
});

describe('findFacts, results by kind', () => {
  it('a kind with sub-rows is the sum of their totals (pingtan-2023 wording)', () => {
    const got = facts('办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；');
    expect(got).toContainEqual({ keys: 't3.public.total+t3.partial.total', value: 42 });
    expect(got).toContainEqual({ keys: 't3.withheld.secret.total+t3.withheld.law.total+t3.withheld.safety.total+t3.withheld.third_party.total+t3.withheld.internal.total+t3.withheld.process.total+t3.withheld.enforcement.total+t3.withheld.query.total', value: 5 });
    expect(got).toContainEqual({ keys: 't3.unable.not_held.total+t3.unable.create.total+t3.unable.unclear.total', value: 31 });
    expect(got).toContainEqual({ keys: 't3.other.no_correction.total+t3.other.no_fee.total+t3.other.misc.total', value: 2 });
    expect(got.filter((f) => f.keys === 't3.public.total' || f.keys === 't3.partial.total')).toEqual([]);
  });
  it('予以公开 and 部分公开 on their own', () => {
    expect(facts('予以公开22件，部分公开20件。')).toEqual([
      { keys: 't3.public.total', value: 22 },
      { keys: 't3.partial.total', value: 20 },
    ]);
  });
});

describe('findFacts, the report year', () => {
  it('a sentence dated by another year than the title’s states nothing about this year’s tables', () => {
    const text = '某区2023年度政府信息公开工作年度报告。2022年，我区制发规范性文件5件。2023年，我区制发规范性文件7件。本年度共收到申请9件。';
    expect(facts(text)).toEqual([
      { keys: 't2.normative.issued', value: 7 },
      { keys: 't2.normative.made', value: 7 },
      { keys: 't3.new.total', value: 9 },
    ]);
  });
  it('without a title year, explicit years are not judged', () => {
    expect(facts('2022年，我区制发规范性文件5件。').map((f) => f.value)).toEqual([5, 5]);
  });
});
