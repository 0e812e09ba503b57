import { describe, expect, it } from 'vitest';
import { cleanName, isAgencyName, isSelfReference } from '../../../../src-main/core/extract/metadata/names.js';

describe('agency names', () => {
  it('validates names', () => {
    expect(isAgencyName('经济开发区管委会')).toBe(true);
    expect(isAgencyName('兴县')).toBe(true);
    expect(isAgencyName('全区')).toBe(false);
    expect(isAgencyName('我局')).toBe(false);
    expect(isAgencyName('年我局')).toBe(false);
    expect(cleanName('常德市365体育投注:芙蓉街道')).toEqual({ offset: 11, name: '芙蓉街道' });
  });

  it('tells self-references apart', () => {
    expect(['我局', '本办', '我旗', '我区'].every(isSelfReference)).toBe(true);
    expect(isSelfReference('柳北区')).toBe(false);
  });

  it('keeps the Han run after spam', () => {
    expect(cleanName('puroview.com沙头镇')).toEqual({ offset: 12, name: '沙头镇' });
    expect(cleanName('名 称 山阳县人民政府 ')).toEqual({ offset: 4, name: '山阳县人民政府' });
  });
});
