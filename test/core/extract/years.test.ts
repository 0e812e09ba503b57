import { describe, expect, it } from 'vitest';
import { YEAR_SOURCE, isoDate, parseYear, readDate } from '../../../src-main/core/extract/years.js';

describe('years and dates as reports write them', () => {
  it.each([
    ['2022', 2022], ['二〇二二', 2022], ['二○二一', 2021], ['二O一七', 2017], ['二零二零', 2020], ['二0一九', 2019], ['一九九八', 1998],
  ])('%s = %d', (s, y) => expect(parseYear(s)).toBe(y));

  it('finds a Chinese-digit year only as a whole year, not inside another numeral', () => {
    const re = new RegExp(YEAR_SOURCE, 'g');
    expect('二〇二二年度报告'.match(re)).toEqual(['二〇二二']);
    expect('共二十二件'.match(re)).toBeNull();
    expect('编号12022号'.match(re)).toBeNull();
    expect(parseYear('二十二')).toBeUndefined();
  });

  it.each([
    ['2023-01-30 09:12', '2023-01-30', 10],
    ['2023/1/9', '2023-01-09', 8],
    ['2022.01.20', '2022-01-20', 10],
    ['2022年01月28日 来源', '2022-01-28', 11],
    ['2021 年 3 月 5 日', '2021-03-05', 14],
    ['二〇二三年一月三十日', '2023-01-30', 10],
    ['二O二二年十二月三十一日', '2022-12-31', 12],
  ])('reads %s', (s, value, length) => expect(readDate(s)).toEqual({ value, length }));

  it('rejects what is not a calendar date', () => {
    expect(readDate('2023-02-30')).toBeUndefined();
    expect(readDate('2023-13-01')).toBeUndefined();
    expect(readDate('第2023号')).toBeUndefined();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
  });
});
