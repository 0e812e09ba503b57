import { describe, expect, it } from 'vitest';
import { detectFormat, formatForYear } from '../../../src-main/core/extract/format.js';

describe('detectFormat', () => {
  it('reads the tables’ header words first', () => {
    expect(detectFormat('第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数', 2019)).toMatchObject({ format: '2021', by: 'tables' });
    expect(detectFormat('信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n政府集中采购 | 采购项目数量 | 采购总金额', 2021)).toMatchObject({ format: '2019', by: 'tables' });
    expect(detectFormat('(一)主动公开政府信息数 条41105\n(一)收到申请数件3\n(二)申请办结数件0')).toMatchObject({ format: 'pre2019', by: 'tables' });
  });

  it('takes one 2021-only label of table 二’s later blocks as the 2021 format (a fragment without the （一） block)', () => {
    expect(detectFormat('第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 12')).toMatchObject({ format: '2021', by: 'tables' });
    expect(detectFormat('第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 3.5')).toMatchObject({ format: '2021', by: 'tables' });
    // the 2019 table says 处理决定数量 without 本年, and one ordinary marker alone decides nothing
    expect(detectFormat('信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量')).toBeUndefined();
    // a 2019-format table that a later report used still wins by its many words
    const t2019 = '本年新制作数量 | 本年新公开数量 | 对外公开总数量\n政府集中采购 | 采购项目数量 | 采购总金额\n本年处理决定数量';
    expect(detectFormat(t2019, 2022)?.format).toBe('2019');
  });

  it('does not take two old-table words in a later report’s sentences for the old format', () => {
    expect(detectFormat('2020年主动公开政府信息数696条,收到申请数2件。', 2020)?.format).toBe('2019');
  });

  it('falls back on the report year, then the notice cited', () => {
    expect(detectFormat('一、总体情况', 2017)?.format).toBe('pre2019');
    expect(detectFormat('一、总体情况', 2020)?.format).toBe('2019');
    expect(detectFormat('一、总体情况', 2022)?.format).toBe('2021');
    expect(detectFormat('按照( 国办公开办函〔2021〕30 号) 要求')?.format).toBe('2021');
    expect(detectFormat('依据国办公开办函201960号')?.format).toBe('2019');
    expect(detectFormat('一、概述')).toBeUndefined();
  });

  it('for a page that is not a report, takes only the tables’ words, never the year or a cited notice', () => {
    expect(detectFormat('按照( 国办公开办函〔2021〕30 号) 要求', undefined, false)).toBeUndefined();
    expect(detectFormat('一、总体情况', 2020, false)).toBeUndefined();
    expect(detectFormat('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数', undefined, false)).toMatchObject({ format: '2021', by: 'tables' });
  });

  it('maps years to generations', () => {
    expect([2008, 2018, 2019, 2020, 2021, 2024].map(formatForYear)).toEqual(['pre2019', 'pre2019', '2019', '2019', '2021', '2021']);
  });
});
