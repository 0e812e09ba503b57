// Agency fixes: cited documents are not the report's title, 贵 as a place, level + type words, bracketed place
// aliases, a bureau's 办公室 in the contact line. All texts are short made-up 某某-style sentences.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { extractMetadata } from '../../../../src-main/core/extract/metadata/index.js';
import { findTitles } from '../../../../src-main/core/extract/metadata/title.js';
import { isAgencyName } from '../../../../src-main/core/extract/metadata/names.js';
import { findAgencyInBody, ownerOf } from '../../../../src-main/core/extract/metadata/agency.js';

function meta(text: string) {
  const r = extractMetadata({ text, norm: normalize(text) });
  return Object.fromEntries(r.fields.map((f) => [f.key, f.value]));
}
const body = (t: string) => findAgencyInBody(normalize(t).text)?.name;

describe('a cited document is not the report', () => {
  it('skips a notice about annual reports and takes the title that follows', () => {
    const text =
      '根据《某某办公室关于政府信息公开工作年度报告有关事项的通知》(某函〔2019〕60号)要求,现公布《某某市卫生健康局2022年度政府信息公开工作年度报告》。\n';
    const titles = findTitles(normalize(text).text);
    expect(titles.map((t) => t.agency)).toEqual(['某某市卫生健康局']);
    expect(meta(text)).toMatchObject({ agency: '某某市卫生健康局', year: 2022 });
  });

  it('never names the notice issuer as the agency', () => {
    const text =
      '一、总体情况\n根据《某某办公室关于政府信息公开工作年度报告有关事项的通知》要求,我镇成立领导小组。2019年,我镇主动公开信息12条。\n';
    expect(meta(text).agency).toBeUndefined();
  });

  it('a rule named like a report is not a title; 由…编制 after it names the body', () => {
    const text = '本年度报告根据《某某市政府信息公开年度报告制度》要求,由某某区统计局编制。\n一、概述\n';
    expect(findTitles(normalize(text).text)).toEqual([]);
    expect(meta(text).agency).toBe('某某区统计局');
  });

  it('still reads a notice that issues this report (…关于印发…报告的通知)', () => {
    const text = '《某某区人民政府办公室关于印发某某区2022年政府信息公开工作年度报告的通知》\n';
    expect(findTitles(normalize(text).text)[0]).toMatchObject({ agency: '某某区', year: 2022 });
  });
});

describe('names', () => {
  it('贵 is rejected only as the honorific', () => {
    expect(isAgencyName('贵阳市卫生健康局')).toBe(true);
    expect(isAgencyName('贵州省卫生健康委')).toBe(true);
    expect(isAgencyName('贵单位')).toBe(false);
    expect(isAgencyName('贵公司')).toBe(false);
    expect(meta('贵阳市某某局2022年政府信息公开工作年度报告\n').agency).toBe('贵阳市某某局');
  });

  it('a level character before type words is no name; a one-character township is', () => {
    expect(isAgencyName('区管委会')).toBe(false);
    expect(isAgencyName('镇人民政府')).toBe(false);
    expect(isAgencyName('某乡人民政府')).toBe(true);
    // a city's compiling office is still accepted
    expect(isAgencyName('市政府办公厅')).toBe(true);
  });

  it('a department without a place is generic', () => {
    for (const s of ['市场监督管理局', '教育局', '自然资源局']) expect(isAgencyName(s)).toBe(false);
    expect(isAgencyName('某某区市场监督管理局')).toBe(true);
  });
});

describe('the compiling body as subject', () => {
  it('reads "某某开发区管委会编制了…报告" whole, not its 区管委会 tail', () => {
    const text =
      '根据《条例》的规定,某某经济技术开发区管委会编制了某某经济技术开发区2023年政府信息公开工作年度报告(以下简称《年报》)。本年报通过某某经开区管委会网站公开。如有疑问,请联系某某经开区管委会办公室。\n';
    expect(body(text)).toBe('某某经济技术开发区管委会');
    expect(meta(text).agency).toBe('某某经济技术开发区管委会');
  });
});

describe('a bracketed place alias', () => {
  it('keeps 高新区(新市区) with the department in a title', () => {
    const t = findTitles(normalize('2022年高新区(新市区)市场监督管理局政府信息公开工作年度报告\n一、总体情况\n').text)[0];
    expect(t?.agency).toBe('高新区(新市区)市场监督管理局');
    expect(t?.year).toBe(2022);
  });
});

describe('contact office of a bureau', () => {
  it('strips a bureau\'s 办公室, not a 委员会办公室', () => {
    expect(ownerOf('某某市交通运输局办公室')).toBe('某某市交通运输局');
    expect(ownerOf('某某县机构编制委员会办公室')).toBe('某某县机构编制委员会办公室');
    const text = '如对本报告有疑问,请与某某市交通运输局办公室联系,联系电话:0000-1234567。\n2020年,我局坚持公开。我局全面推进。\n';
    expect(body(text)).toBe('某某市交通运输局');
  });
});
