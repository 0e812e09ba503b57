import { describe, expect, it } from 'vitest';
import { candidateOf, checkCrossReport, checkCrossYearCarry, checkDuplicate, checkRepeatedText } from '../../../src-main/core/validate/cross-report.js';
import { goldReport, perturb } from './helpers.js';
import type { ReportForCheck } from '../../../src-main/core/validate/types.js';
import { jaccard, shingles } from '../../../src-main/core/validate/shingles.js';
import { estimateJaccard, textSignature } from '../../../src-main/core/validate/text-signature.js';

// pingtan 2021 carried 1 自然人 application into 2022. A 2022 report of the same agency built from the
// real 2023 report's text and figures, with its 上年结转 row set to what 2021 carried forward.
const y2021 = () => ({ documentId: 1, fileName: 'pingtan-2021.txt', report: goldReport('pingtan-2021.txt') });
const y2022 = (carriedNatural: number): ReportForCheck =>
  perturb(goldReport('pingtan-2023.txt'), { year: 2022, 't3.carried.natural': carriedNatural, 't3.carried.total': carriedNatural });

describe('CROSS-YEAR-CARRY', () => {
  it('agrees: 2022 上年结转 = 2021 结转下年度 in every column', () => {
    expect(checkCrossYearCarry(y2022(1), y2021())).toEqual([]);
  });

  it('fires per column that differs, naming last year\'s report', () => {
    const f = checkCrossYearCarry(y2022(0), y2021());
    expect(f.map((x) => x.keys[0])).toEqual(['t3.carried.natural', 't3.carried.total']);
    expect(f[0]).toMatchObject({ ruleId: 'CROSS-YEAR-CARRY', severity: 'warning', numbers: { 't3.carried.natural': 0, previousCarryForward: 1 } });
    expect(f[0].message).toBe('表三"自然人"列：本年"上年结转"为 0，但平潭综合实验区 2021年度报告（pingtan-2021.txt）的"结转下年度继续办理"为 1');
  });

  it('no previous report, no finding', () => {
    expect(checkCrossYearCarry(y2022(0), undefined)).toEqual([]);
  });
});

describe('REPEATED-TEXT', () => {
  it('two different years of the real agency are not 雷同', () => {
    expect(checkRepeatedText(y2022(1), y2021())).toEqual([]);
  });

  it('section 五 copied from last year with small edits fires', () => {
    const prev = y2021();
    const me = goldReport('pingtan-2023.txt');
    const five = me.sections.find((s) => s.no === 5)!;
    const prevFive = prev.report.normText.slice(prev.report.sections.find((s) => s.no === 5)!.normStart, prev.report.sections.find((s) => s.no === 5)!.normEnd);
    const copied = prevFive.replace('政策解读形式不够丰富', '政策解读方式比较单一');
    const normText = me.normText.slice(0, five.normStart) + copied + me.normText.slice(five.normEnd);
    const shift = copied.length - (five.normEnd - five.normStart);
    const sections = me.sections.map((s) => (s.no < 5 ? s : s.no === 5 ? { ...s, normEnd: s.normEnd + shift } : { ...s, normStart: s.normStart + shift, normEnd: s.normEnd + shift }));
    const f = checkRepeatedText({ ...me, normText, sections, fields: { ...me.fields, year: 2022 } }, prev);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'REPEATED-TEXT', severity: 'warning', keys: ['section.5'] });
    expect(f[0].numbers.similarity).toBeGreaterThan(0.9);
  });

  it('whole pre-2019 reports compared when there is no section 五', () => {
    const r = goldReport('001_e37cf357f63797f5.txt');
    const prev = { documentId: 5, fileName: 'old.txt', report: perturb(r, { year: 2016 }) };
    expect(checkRepeatedText(r, prev)[0].keys).toEqual(['section.all']);
    expect(checkRepeatedText(r, { ...prev, report: goldReport('000_28c6ce0be4e3de16.txt') })).toEqual([]);
  });
});

describe('DUPLICATE-REPORT', () => {
  it('the same bytes from several paths', () => {
    const f = checkDuplicate(goldReport('pingtan-2021.txt'), 2, { paths: ['/a/pingtan-2021.txt', '/b/pingtan-2021.txt'] });
    expect(f).toEqual([expect.objectContaining({ ruleId: 'DUPLICATE-REPORT', severity: 'info', numbers: { paths: 2 } })]);
  });

  it('near-identical text imported earlier from another file; the earlier one is not the duplicate', () => {
    const a = goldReport('huaian-2024-raw.txt');
    const b = goldReport('huaian-2024-layout.txt');
    expect(checkDuplicate(b, 9, { candidates: [candidateOf({ documentId: 3, fileName: 'huaian-2024-raw.txt', report: a })] })[0].message)
      .toContain('huaian-2024-raw.txt（#3）');
    expect(checkDuplicate(a, 3, { candidates: [candidateOf({ documentId: 9, fileName: 'huaian-2024-layout.txt', report: b })] })).toEqual([]);
  });

  it('different years of one agency are not duplicates', () => {
    expect(checkCrossReport(goldReport('pingtan-2023.txt'), 9, { paths: ['/x'], candidates: [candidateOf(y2021())] })).toEqual([]);
  });

  it('compares signatures; a candidate\'s text is read only when the estimate is too close to the threshold', () => {
    const raw = goldReport('huaian-2024-raw.txt');
    const layout = goldReport('huaian-2024-layout.txt');
    const other = goldReport('pingtan-2021.txt');
    const reads: number[] = [];
    const cand = (documentId: number, r: ReportForCheck) =>
      ({ documentId, fileName: r.fileName ?? '', signature: textSignature(r.normText), normText: () => { reads.push(documentId); return r.normText; } });
    const f = checkDuplicate(layout, 9, { signature: textSignature(layout.normText), candidates: [cand(1, other), cand(2, raw), cand(3, layout)] });
    // the two layouts of one report are about 0.89 alike: near 0.85, so checked exactly; the others are clear
    const exact = jaccard(shingles(raw.normText), shingles(layout.normText));
    expect(Math.abs(estimateJaccard(textSignature(raw.normText), textSignature(layout.normText)).jaccard - 0.85)).toBeLessThan(0.06);
    expect(reads).toEqual([2]);
    expect(f[0].numbers).toEqual({ duplicateOf2: Math.round(exact * 1000) / 1000, duplicateOf3: 1 });
    expect(f[0].message).toContain('huaian-2024-layout.txt（#3）完全相同');
  });
});
