import { describe, expect, it } from 'vitest';
import { cleanName, isAgencyName, isSelfReference } from '../../../../src-main/core/extract/metadata/names.js';

describe('agency names', () => {
  it('validates names', () => {
    expect(isAgencyName('经济开发区管委会')).toBe(true);
    expect(isAgencyName('兴县')).toBe(true);
    expect(isAgencyName('全区')).toBe(false);
    expect(isAgencyName('我局')).toBe(false);
    expect(isAgencyName('年我局')).toBe(false);
    // a publishing verb glued before the name makes a sentence, not a name; 编制 inside a name is fine
    expect(isAgencyName('并向社会公布某某区统计局')).toBe(false);
    expect(isAgencyName('某某县机构编制委员会办公室')).toBe(true);
    // a government's own offices report as one; the words of the law are no body
    expect(isAgencyName('某某市某某区人民政府机关')).toBe(true);
    expect(['行政机关', '国家机关', '政府机关', '人民政府机关'].some(isAgencyName)).toBe(false);
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

describe('agency names of the kinds reports come from', () => {
  it.each([
    '某某镇人民政府', '某某乡人民政府', '某某街道办事处', '某某经济技术开发区管理委员会', '某某高新区管委会', '某某市生态环境局',
    '某某县发展和改革局', '某某市公安局某某分局', '国家税务总局某某市税务局', '某某海关', '某某监狱', '某某市消防救援支队',
    '某某市公共资源交易中心', '某某市红十字会', '某某县供销合作社', '某某市档案馆', '某某县人民医院', '某某市人民政府办公厅',
  ])('%s is a name', (name) => expect(isAgencyName(name)).toBe(true));

  it.each(['全县', '本单位', '各乡镇', '海关', '有关部门', '2022年', '信息公开工作'])('%s is not', (s) => expect(isAgencyName(s)).toBe(false));

  it.each(['街道办事处', '乡镇人民政府', '人民政府', '办事处', '管委会', '镇人民政府', '县人民政府', '街道党工委'])(
    '%s, a body type without a place, is not a name',
    (s) => expect(isAgencyName(s)).toBe(false),
  );

  it('takes 某某街 (Tianjin) but not streets', () => {
    expect(isAgencyName('佳荣里街')).toBe(true);
    expect(isAgencyName('鼓楼街')).toBe(true);
    for (const s of ['大街', '解放路步行街', '中山大街', '美食街', '老街', '某某路商业街']) expect(isAgencyName(s)).toBe(false);
  });

  it('knows more self-references', () => {
    expect(['我会', '本站', '我队', '本馆', '我关', '我街道'].every(isSelfReference)).toBe(true);
  });
});


describe('cleanName with spam words inside the Han run', () => {
  it('keeps the last body after the spam, or nothing', () => {
    const s = '某某博彩官网区人民政府某某街道办事处';
    expect(cleanName(s)).toEqual({ offset: s.indexOf('某某街道'), name: '某某街道办事处' });
    expect(cleanName('某某博彩官网区人民政府').name).toBe('');
    expect(cleanName('某某县人民政府').name).toBe('某某县人民政府');
    expect(isSelfReference('我街')).toBe(true);
  });
});
