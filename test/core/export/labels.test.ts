// The workbook's words for database codes and its times (Beijing wall-clock time).
import { describe, expect, it } from 'vitest';
import { excelTime, keyLabel, statusFromInput } from '../../../src-main/core/export/labels.js';

describe('labels', () => {
  it('times are shown in Beijing time; bare dates stay as they are', () => {
    expect(excelTime('2026-01-31T16:00:00.000Z')).toEqual(new Date('2026-02-01T00:00:00.000Z'));
    expect(excelTime('2026-01-31')).toEqual(new Date('2026-01-31T00:00:00.000Z'));
    expect(excelTime('不是时间')).toBe('不是时间');
    expect(excelTime(null)).toBeNull();
  });

  it('statuses are accepted in Chinese or as codes', () => {
    expect(statusFromInput('已通过')).toBe('approved');
    expect(statusFromInput('returned')).toBe('returned');
    expect(statusFromInput(' 已驳回 ')).toBe('rejected');
    expect(statusFromInput('通过')).toBeUndefined();
  });

  it('finding keys read as field labels or places in the report', () => {
    expect(keyLabel('t3.new.total')).toBe('表三 一、本年新收政府信息公开申请数量 · 总计');
    expect(keyLabel('section.5')).toBe('正文第五部分');
    expect(keyLabel('section.all')).toBe('报告全文');
  });
});
