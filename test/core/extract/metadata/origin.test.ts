import { describe, expect, it } from 'vitest';
import { LEAD, metadataWindow } from '../../../../src-main/core/extract/metadata/origin.js';

const metadataStart = (text: string) => metadataWindow(text).start;

const chrome = (n: number) => '首页 | 政务公开 | 政府信息公开年报\n'.repeat(n);

describe('metadataWindow', () => {
  it('is the top of the text when the report starts near it', () => {
    expect(metadataStart('某某县2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》…')).toBe(0);
    expect(metadataStart(chrome(10) + '一、总体情况\n…')).toBe(0);
    expect(metadataStart('没有开头的文字')).toBe(0);
  });

  it('skips long chrome: LEAD characters before the opening phrase or the title line, at a line start', () => {
    for (const opening of ['根据《中华人民共和国政府信息公开条例》规定', '2008年,某某局认真贯彻落实《中华人民共和国政府信息公开条例》', '一、总体情况\n', '某某县教育局2016年政府信息公开工作年度报告\n2016年,某某局…']) {
      const text = chrome(400) + opening;
      const at = metadataStart(text);
      const open = text.length - opening.length;
      expect(at, opening).toBeGreaterThan(0);
      expect(open - at, opening).toBeGreaterThanOrEqual(LEAD - 1);
      expect(metadataWindow(text).opening! - open, opening).toBeGreaterThanOrEqual(0);
      expect(metadataWindow(text).opening! - open, opening).toBeLessThan(40);
      expect(open - at, opening).toBeLessThan(LEAD + 100);
      expect(text[at - 1]).toBe('\n');
    }
  });
});
