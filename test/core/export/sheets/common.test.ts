// How a reviewed value becomes a cell: plain values as they are, a correction shaded with a note naming
// the extracted value, the reviewer and the time (Beijing), an approximate figure with a note.
import { describe, expect, it } from 'vitest';
import { ReviewedValues } from '../../../../src-main/core/export/report-source.js';
import { valueCell } from '../../../../src-main/core/export/sheets/common.js';

describe('valueCell', () => {
  const values = new ReviewedValues(
    { 't3.new.total': 12, 'stat.proactive': 3500, agency: '某区政府', 't3.new.natural': 7, 't2.fees.amount': null },
    new Set(['stat.proactive']),
    new Map([
      ['t3.new.natural', { extracted: 1, reviewer: '张审核', at: '2026-01-21T03:00:00.000Z' }],
      ['t2.fees.amount', { extracted: undefined, reviewer: '王', at: '2026-01-21T16:30:00.000Z' }],
    ]),
  );

  it('a plain value is the cell; a missing key is an empty cell', () => {
    expect(valueCell(values, 't3.new.total')).toBe(12);
    expect(valueCell(values, 'agency')).toBe('某区政府');
    expect(valueCell(values, 't4.review.total')).toBeUndefined();
  });

  it('a correction is shaded with a note of the original value, who and when (Beijing time)', () => {
    expect(valueCell(values, 't3.new.natural')).toEqual({ value: 7, corrected: true, note: '原提取值：1，修改人：张审核，修改时间：2026-01-21 11:00' });
    expect(valueCell(values, 't2.fees.amount')).toEqual({ value: null, corrected: true, note: '原提取值：（未提取），修改人：王，修改时间：2026-01-22 00:30' });
  });

  it('an approximate figure says so', () => {
    expect(valueCell(values, 'stat.proactive')).toEqual({ value: 3500, note: '原文为约数（3500余）' });
  });
});
