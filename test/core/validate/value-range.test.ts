import { describe, expect, it } from 'vitest';
import { checkValueRange } from '../../../src-main/core/validate/value-range.js';
import { CLEAN_DOCS, goldReport, perturb } from './helpers.js';

describe('VALUE-RANGE', () => {
  it.each([...CLEAN_DOCS, '003_323c5264ff0b08ab.txt'])('%s: real values are in range', (doc) => {
    expect(checkValueRange(goldReport(doc))).toEqual([]);
  });

  it('a negative count, a fractional count, negative money and a non-number fire; 本年增/减 may be negative', () => {
    const r = perturb(goldReport('pingtan-2019.txt'), {
      't3.new.natural': -3,
      't4.review.total': 1.5,
      't2.procurement.amount': -10,
      't3.public.total': 'abc',
      't2.license.change': -12,
    });
    const f = checkValueRange(r);
    expect(f.map((x) => x.keys[0]).sort()).toEqual(['t2.procurement.amount', 't3.new.natural', 't3.public.total', 't4.review.total']);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f.find((x) => x.keys[0] === 't3.new.natural')!.message).toBe('表三 一、本年新收政府信息公开申请数量 · 自然人为 -3：件数应为不小于 0 的整数');
  });
});
